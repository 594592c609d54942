import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { Db } from '../../node-shared/db/connection';
import { sendInvalid } from '../http/errors';
import { REVIEWER_NEEDED, REVIEWER_ROLES, userAuth, userOf } from '../access/user-auth';
import type { RouteContext } from '../http/route-context';

/** What a reviewer's step returns: the stepped item, or a refusal with its HTTP status, code and message. */
type StepResult = { ok: true } | { ok: false; status: number; code: string; message: string };

const isRefusal = (result: StepResult): result is Extract<StepResult, { ok: false }> => !result.ok;

/** One workflow the platform's reviewers step through over HTTP (信用修复, 异议处理). */
export type ReviewRoutes<Query, Step, Result extends StepResult, Listed, Stepped> = {
  /** The collection's path: `<route>?…` lists, `<route>/<id>/steps` steps one item. */
  readonly route: string;
  readonly query: z.ZodType<Query>;
  readonly step: z.ZodType<Step>;
  readonly list: (db: Db, query: Query) => Listed;
  readonly review: (db: Db, input: Step & { id: string; reviewer: string; now: Date }) => Result;
  readonly respond: (stepped: Extract<Result, { ok: true }>) => Stepped;
};

/**
 * The platform's reviewers (HTTP Basic, supervisor or admin) list a workflow's items and step one. A step based on
 * an older version is refused by `review` (409 carrying the current item as `serverVersion`); every refusal goes
 * out with its status, code and Chinese message.
 */
export function registerReviewRoutes<Query, Step, Result extends StepResult, Listed, Stepped>(
  app: FastifyInstance,
  context: RouteContext,
  routes: ReviewRoutes<Query, Step, Result, Listed, Stepped>,
): void {
  const { db, now } = context;
  const reviewer = userAuth(context.logins, REVIEWER_ROLES, REVIEWER_NEEDED);

  app.get(routes.route, { onRequest: reviewer }, async (request, reply) => {
    const query = routes.query.safeParse(request.query);
    if (!query.success) return sendInvalid(reply, query.error);
    return routes.list(db, query.data);
  });

  app.post(`${routes.route}/:id/steps`, { onRequest: reviewer }, async (request, reply) => {
    const body = routes.step.safeParse(request.body);
    if (!body.success) return sendInvalid(reply, body.error);
    const result = routes.review(db, {
      ...body.data,
      id: (request.params as { id: string }).id,
      reviewer: userOf(request).username,
      now: now(),
    });
    if (isRefusal(result)) {
      const { ok: _ok, status, ...error } = result;
      return reply.code(status).send(error);
    }
    return routes.respond(result as Extract<Result, { ok: true }>);
  });
}
