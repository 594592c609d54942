import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  CHANGES_WAIT_SECONDS,
  platformRoutes,
  type ChangesWaitResponse,
} from '../../shared/platform-api/api';
import { deviceOf } from '../access/device-auth';
import { sendError, sendInvalid } from '../http/errors';
import type { RouteContext } from '../http/route-context';

// Decimal digits only: no sign, exponent, fraction, blank or repeated parameter (an array) gets through, and 15
// digits stay below 2^53.
const digits = (max: number) =>
  z
    .string()
    .regex(new RegExp(`^\\d{1,${max}}$`))
    .transform(Number);

const WaitQuery = z.object({
  after: digits(15),
  timeout: digits(2)
    .pipe(z.number().int().min(CHANGES_WAIT_SECONDS.min).max(CHANGES_WAIT_SECONDS.max))
    .default(CHANGES_WAIT_SECONDS.default),
});

// A device over its share waits a little; a platform full of waiters asks for longer, and the clients jitter it.
const DEVICE_RETRY_SECONDS = 5;
const PLATFORM_RETRY_SECONDS = 30;

/**
 * changes/wait: holds the request until the feed has something past `after` (the feed signal wakes it) or the
 * timeout passes. A client that hangs up frees its wait at once.
 */
export function registerFeedWaitRoute(app: FastifyInstance, context: RouteContext): void {
  const { auth, feedSignal, limits } = context;
  app.get(platformRoutes.changesWait, { onRequest: auth }, async (request, reply) => {
    const query = WaitQuery.safeParse(request.query);
    if (!query.success) return sendInvalid(reply, query.error);
    const taken = feedSignal.wait(deviceOf(request).id, query.data.after, query.data.timeout * 1000);
    if (taken === 'device-full') {
      reply.header('retry-after', String(DEVICE_RETRY_SECONDS));
      return sendError(reply, 429, 'FEED_WAITS_EXCEEDED', `每台设备最多 ${limits.feedWaits} 个`);
    }
    if (taken === 'platform-full') {
      reply.header('retry-after', String(PLATFORM_RETRY_SECONDS));
      return sendError(reply, 429, 'FEED_WAITERS_FULL');
    }
    const hungUp = (): void => taken.cancel();
    reply.raw.once('close', hungUp);
    const latest = await taken.latest;
    reply.raw.off('close', hungUp);
    // Nobody to answer: the response is left to the closed socket.
    if (reply.raw.destroyed) return reply.hijack();
    const answer: ChangesWaitResponse = { latest };
    return answer;
  });
}
