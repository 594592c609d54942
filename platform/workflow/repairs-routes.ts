import type { FastifyInstance } from 'fastify';
import {
  platformRoutes,
  RepairsQuery,
  ReviewerStepRequest,
  type RepairsResponse,
  type ReviewStepResponse,
} from '../../shared/platform-api/api';
import { repairFromRow } from '../../shared/platform-api/synced/repair-applications';
import { sendInvalid } from '../http/errors';
import { REVIEWER_NEEDED, REVIEWER_ROLES, userAuth, userOf } from '../access/user-auth';
import { listRepairRows } from './workflow.repo';
import { reviewRepair } from './review-step';
import type { RouteContext } from '../http/route-context';

/**
 * The platform's reviewers (HTTP Basic, supervisor or admin): repairs?state= lists applications, and
 * repairs/<id>/steps takes start-review, grant (with an outcome) or deny (with a reason). A step based on an
 * older version is a 409 carrying the current application as `serverVersion`.
 */
export function registerRepairRoutes(app: FastifyInstance, context: RouteContext): void {
  const { db, now } = context;
  const reviewer = userAuth(context.logins, REVIEWER_ROLES, REVIEWER_NEEDED);

  app.get(platformRoutes.repairs, { onRequest: reviewer }, async (request, reply) => {
    const query = RepairsQuery.safeParse(request.query);
    if (!query.success) return sendInvalid(reply, query.error);
    return {
      applications: listRepairRows(db, query.data.state).map(repairFromRow),
    } satisfies RepairsResponse;
  });

  app.post(`${platformRoutes.repairs}/:id/steps`, { onRequest: reviewer }, async (request, reply) => {
    const body = ReviewerStepRequest.safeParse(request.body);
    if (!body.success) return sendInvalid(reply, body.error);
    const result = reviewRepair(db, {
      id: (request.params as { id: string }).id,
      ...body.data,
      reviewer: userOf(request).username,
      now: now(),
    });
    if (!result.ok) {
      const { ok: _ok, status, ...error } = result;
      return reply.code(status).send(error);
    }
    return { application: result.application } satisfies ReviewStepResponse;
  });
}
