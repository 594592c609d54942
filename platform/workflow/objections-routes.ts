import type { FastifyInstance } from 'fastify';
import { platformRoutes } from '../../shared/platform-api/api';
import {
  ObjectionReviewRequest,
  ObjectionsQuery,
  type ObjectionReviewResponse,
  type ObjectionsResponse,
} from '../../shared/platform-api/objections';
import { objectionFromRow } from '../../shared/platform-api/synced/objections';
import { listObjectionRows } from './objections.repo';
import { reviewObjection } from './objection-review';
import { registerReviewRoutes } from './review-routes';
import type { RouteContext } from '../http/route-context';

/**
 * objections?state= lists objections; objections/<id>/steps takes route, reject, extend or decide. The decision and
 * its effect on the records are one transaction.
 */
export function registerObjectionRoutes(app: FastifyInstance, context: RouteContext): void {
  registerReviewRoutes(app, context, {
    route: platformRoutes.objections,
    query: ObjectionsQuery,
    step: ObjectionReviewRequest,
    list: (db, query): ObjectionsResponse => ({
      objections: listObjectionRows(db, query.state).map(objectionFromRow),
    }),
    review: reviewObjection,
    respond: ({ objection }): ObjectionReviewResponse => ({ objection }),
  });
}
