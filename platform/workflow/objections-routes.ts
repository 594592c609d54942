import type { FastifyInstance } from 'fastify';
import { platformRoutes } from '../../shared/platform-api/api';
import {
  ObjectionReviewRequest,
  ObjectionsQuery,
  type ObjectionReviewResponse,
  type ObjectionsResponse,
} from '../../shared/platform-api/objections';
import { objectionFromRow } from '../../shared/platform-api/synced/objections';
import { sendInvalid } from '../http/errors';
import { REVIEWER_NEEDED, REVIEWER_ROLES, userAuth, userOf } from '../access/user-auth';
import { listObjectionRows } from './objections.repo';
import { reviewObjection } from './objection-review';
import type { RouteContext } from '../http/route-context';

/**
 * The platform's reviewers (HTTP Basic, supervisor or admin): objections?state= lists objections, and
 * objections/<id>/steps takes route, reject, extend or decide. A step based on an older version is a 409 carrying
 * the current objection as `serverVersion`; the decision and its effect on the records are one transaction.
 */
export function registerObjectionRoutes(app: FastifyInstance, context: RouteContext): void {
  const { db, now } = context;
  const reviewer = userAuth(context.logins, REVIEWER_ROLES, REVIEWER_NEEDED);

  app.get(platformRoutes.objections, { onRequest: reviewer }, async (request, reply) => {
    const query = ObjectionsQuery.safeParse(request.query);
    if (!query.success) return sendInvalid(reply, query.error);
    return {
      objections: listObjectionRows(db, query.data.state).map(objectionFromRow),
    } satisfies ObjectionsResponse;
  });

  app.post(`${platformRoutes.objections}/:id/steps`, { onRequest: reviewer }, async (request, reply) => {
    const body = ObjectionReviewRequest.safeParse(request.body);
    if (!body.success) return sendInvalid(reply, body.error);
    const result = reviewObjection(db, {
      id: (request.params as { id: string }).id,
      ...body.data,
      reviewer: userOf(request).username,
      now: now(),
    });
    if (!result.ok) {
      const { ok: _ok, status, ...error } = result;
      return reply.code(status).send(error);
    }
    return { objection: result.objection } satisfies ObjectionReviewResponse;
  });
}
