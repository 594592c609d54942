import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { PlatformUser, Role } from '../../shared/platform-api/api';
import { sendError } from '../http/errors';
import type { LoginGuard } from './login-guard';
import { sendLoginRefusal } from './login-replies';

const users = new WeakMap<FastifyRequest, PlatformUser>();

const CHALLENGE = 'Basic realm="credit-platform", charset="UTF-8"';

/** `Authorization: Basic base64(username:password)` (UTF-8), or null. */
function basicCredentials(header: string | undefined): { username: string; password: string } | null {
  const encoded = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '')?.[1];
  if (encoded === undefined) return null;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return null;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/**
 * onRequest hook for the platform's own people (reviewers, administrators): HTTP Basic with a platform user
 * whose role is one of `roles`, checked through the login guard. 401 (with a Basic challenge) without valid
 * credentials, 429/503 when locked out or busy (login-replies.ts), 403 for another role;
 * `who` says in Chinese who may (e.g. 须为审核人员（supervisor 或 admin）).
 */
export function userAuth(logins: LoginGuard, roles: readonly Role[], who: string): onRequestAsyncHookHandler {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const credentials = basicCredentials(request.headers.authorization);
    if (credentials === null) {
      reply.header('www-authenticate', CHALLENGE);
      return sendError(reply, 401, 'USER_LOGIN_REQUIRED');
    }
    // Each request's credentials are checked anew: its share of the checks is its address's.
    const outcome = await logins.attempt({
      ...credentials,
      address: request.ip,
      caller: `address:${request.ip}`,
    });
    if (!outcome.ok) {
      if (outcome.refusal === 'failed') reply.header('www-authenticate', CHALLENGE);
      return sendLoginRefusal(reply, outcome);
    }
    if (!roles.includes(outcome.user.role)) return sendError(reply, 403, 'ROLE_FORBIDDEN', who);
    users.set(request, outcome.user);
  };
}

/** The user userAuth let through; a route that forgot the hook fails loudly rather than serving anyone. */
export function userOf(request: FastifyRequest): PlatformUser {
  const user = users.get(request);
  if (user === undefined) throw new Error(`route ${request.url} has no user auth`);
  return user;
}

export const REVIEWER_ROLES: readonly Role[] = ['supervisor', 'admin'];
export const REVIEWER_NEEDED = '须为市平台审核人员（supervisor 或 admin 角色）';
export const ADMIN_NEEDED = '须为市平台管理员（admin 角色）';
