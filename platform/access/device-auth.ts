import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { Db } from '../../node-shared/db/connection';
import { deviceForToken } from './enrolment';
import type { Device } from './devices.repo';
import { sendError } from '../http/errors';

// Keyed by the request object itself: nothing to clean up, and no declaration merging into Fastify's types.
const devices = new WeakMap<FastifyRequest, Device>();

const bearer = (header: string | undefined): string | null =>
  /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1] ?? null;

/** onRequest hook for every route but health, enrol: the caller must present an enrolled device's token. */
export function deviceAuth(db: Db): onRequestAsyncHookHandler {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const token = bearer(request.headers.authorization);
    const device = token === null ? null : deviceForToken(db, token);
    if (device === null) return sendError(reply, 401, 'DEVICE_UNKNOWN');
    devices.set(request, device);
  };
}

/** The device deviceAuth let through; a route that forgot the hook fails loudly rather than serving anyone. */
export function deviceOf(request: FastifyRequest): Device {
  const device = devices.get(request);
  if (device === undefined) throw new Error(`route ${request.url} has no device auth`);
  return device;
}
