import type { FastifyReply } from 'fastify';
import { sendError } from '../http/errors';
import type { LoginOutcome } from './login-guard';

const minutes = (seconds: number): number => Math.max(1, Math.ceil(seconds / 60));

/**
 * A refused login as the HTTP answer: 401 for a wrong username or password, 429 with Retry-After for a lock or a
 * caller over its share of password checks, 503 with Retry-After when the platform's checks are all taken.
 */
export function sendLoginRefusal(
  reply: FastifyReply,
  outcome: Extract<LoginOutcome, { ok: false }>,
): FastifyReply {
  if (outcome.refusal === 'failed') return sendError(reply, 401, 'LOGIN_FAILED');
  reply.header('retry-after', String(outcome.retryAfterSeconds));
  if (outcome.refusal === 'locked')
    return sendError(reply, 429, 'LOGIN_LOCKED', `请 ${minutes(outcome.retryAfterSeconds)} 分钟后再试`);
  if (outcome.refusal === 'caller-busy') return sendError(reply, 429, 'LOGIN_BUSY');
  return sendError(reply, 503, 'SERVER_BUSY');
}
