import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { Db } from '../../node-shared/db/connection';
import type { PlatformUser, Role } from '../../shared/platform-api/api';
import { login } from './accounts';
import { sendError } from '../http/errors';

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
 * whose role is one of `roles`. 401 (with a Basic challenge) without valid credentials, 403 for another role;
 * `who` says in Chinese who may (e.g. 须为审核人员（supervisor 或 admin）).
 */
export function userAuth(db: Db, roles: readonly Role[], who: string): onRequestAsyncHookHandler {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const credentials = basicCredentials(request.headers.authorization);
    if (credentials === null) {
      reply.header('www-authenticate', CHALLENGE);
      return sendError(reply, 401, 'USER_LOGIN_REQUIRED');
    }
    const user = await login(db, credentials.username, credentials.password);
    if (user === null) {
      reply.header('www-authenticate', CHALLENGE);
      return sendError(reply, 401, 'LOGIN_FAILED');
    }
    if (!roles.includes(user.role)) return sendError(reply, 403, 'ROLE_FORBIDDEN', who);
    users.set(request, user);
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
