import type { FastifyInstance } from 'fastify';
import {
  platformRoutes,
  RepairsQuery,
  ReviewerStepRequest,
  type RepairsResponse,
  type ReviewStepResponse,
} from '../../shared/platform-api/api';
import { repairFromRow } from '../../shared/platform-api/synced/repair-applications';
import { listRepairRows } from './workflow.repo';
import { reviewRepair } from './review-step';
import { registerReviewRoutes } from './review-routes';
import type { RouteContext } from '../http/route-context';

/** repairs?state= lists applications; repairs/<id>/steps takes start-review, grant (with an outcome) or deny. */
export function registerRepairRoutes(app: FastifyInstance, context: RouteContext): void {
  registerReviewRoutes(app, context, {
    route: platformRoutes.repairs,
    query: RepairsQuery,
    step: ReviewerStepRequest,
    list: (db, query): RepairsResponse => ({
      applications: listRepairRows(db, query.state).map(repairFromRow),
    }),
    review: reviewRepair,
    respond: ({ application }): ReviewStepResponse => ({ application }),
  });
}
