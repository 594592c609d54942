import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { Db } from '../../node-shared/db/connection';
import { deviceForToken } from './enrolment';
import { devicesByTokenHashesPooled, type Device } from './devices.repo';
import { batchedReads } from '../db/pg/read-batch';
import type { ReadPool } from '../db/pg/read-pool';
import { sendError } from '../http/errors';
import { promoteNextToken } from './device-lifecycle';
import { sha256Hex } from './secrets';

// Keyed by the request object itself: nothing to clean up, and no declaration merging into Fastify's types.
const devices = new WeakMap<FastifyRequest, Device>();

const bearer = (header: string | undefined): string | null =>
  /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1] ?? null;

/**
 * onRequest hook for every route but health, enrol: the caller must present an enrolled, unrevoked device's
 * token. On PostgreSQL the token is looked up through the read pool, off the event loop, together with the
 * tokens of the requests arriving meanwhile (http/readers.ts, db/pg/read-batch.ts).
 */
export function deviceAuth(db: Db, pool: ReadPool | null = null): onRequestAsyncHookHandler {
  const pooled =
    pool === null
      ? null
      : batchedReads((hashes: readonly string[]) => devicesByTokenHashesPooled(pool, hashes));
  const lookup = async (token: string): Promise<Device | null> =>
    pooled === null ? deviceForToken(db, token) : ((await pooled(sha256Hex(token))) ?? null);
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const token = bearer(request.headers.authorization);
    const device = token === null ? null : await lookup(token);
    if (device === null) return sendError(reply, 401, 'DEVICE_UNKNOWN');
    if (device.revokedAt !== null) return sendError(reply, 403, 'DEVICE_REVOKED');
    // The first use of a rotated token makes it the device's token; the old one is refused from then on.
    if (device.presented === 'next-token' && token !== null) {
      promoteNextToken(db, device.id, sha256Hex(token));
      devices.set(request, { ...device, rotationRequested: false, presented: 'token' });
      return;
    }
    devices.set(request, device);
  };
}

/** The device deviceAuth let through; a route that forgot the hook fails loudly rather than serving anyone. */
export function deviceOf(request: FastifyRequest): Device {
  const device = devices.get(request);
  if (device === undefined) throw new Error(`route ${request.url} has no device auth`);
  return device;
}
