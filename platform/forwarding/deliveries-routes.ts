import type { FastifyInstance } from 'fastify';
import { platformRoutes } from '../../shared/platform-api/api';
import {
  FEEDBACK_DELIVERIES_PAGE,
  FeedbackDeliveriesQuery,
  type FeedbackDeliveriesResponse,
} from '../../shared/platform-api/feedback-deliveries';
import { deviceOf } from '../access/device-auth';
import { sendError } from '../http/errors';
import type { RouteContext } from '../http/route-context';
import { deliveriesAfter } from './deliveries.repo';

/**
 * GET feedback-deliveries?after=: the device's own feedback records and how their forwarding to the province
 * stands, changed after the cursor. The token names the device; no parameter can name another.
 */
export function registerFeedbackDeliveryRoutes(app: FastifyInstance, context: RouteContext): void {
  app.get(platformRoutes.feedbackDeliveries, { onRequest: context.auth }, (request, reply) => {
    const query = FeedbackDeliveriesQuery.safeParse(request.query);
    if (!query.success)
      return sendError(reply, 400, 'BAD_REQUEST', query.error.issues[0]?.message ?? '游标应为非负整数');
    const rows = deliveriesAfter(
      context.db,
      deviceOf(request).id,
      query.data.after,
      FEEDBACK_DELIVERIES_PAGE + 1,
    );
    const page = rows.slice(0, FEEDBACK_DELIVERIES_PAGE);
    const body: FeedbackDeliveriesResponse = {
      deliveries: page.map(({ revision: _revision, ...delivery }) => delivery),
      next: page.at(-1)?.revision ?? query.data.after,
      more: rows.length > FEEDBACK_DELIVERIES_PAGE,
    };
    return reply.send(body);
  });
}
