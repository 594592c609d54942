import type { FastifyInstance } from 'fastify';
import { CHAIN_MESSAGES } from '../../node-shared/audit/chain';
import { platformRoutes, type AuditChainBreak, type AuditChainHead } from '../../shared/platform-api/api';
import type { Db } from '../../node-shared/db/connection';
import { deviceOf } from '../access/device-auth';
import type { RouteContext } from '../http/route-context';
import type { ChainBreakRow } from './chain-breaks.repo';
import { readChainHead, receivedAuditCount } from './chain-heads.repo';

/** A break as people read it: the place and what it looks like in Chinese, and when the platform found it. */
export const chainBreakReport = (found: ChainBreakRow): AuditChainBreak => ({
  ...found,
  message: CHAIN_MESSAGES[found.reason](found.seq),
});

/** The platform's verdict on one device's audit chain, as the contract gives it: every break it found. */
export function auditChainHeadOf(db: Db, deviceId: string): AuditChainHead {
  const head = readChainHead(db, deviceId);
  const breaks = head.breaks.map(chainBreakReport);
  return {
    deviceId,
    confirmedSeq: head.headSeq,
    confirmedHash: head.headHash,
    broken: breaks[0] ?? null,
    breaks,
    received: receivedAuditCount(db, deviceId),
  };
}

/** GET audit/chain: a device reads what the platform verified of its own chain (its token says which device). */
export function registerAuditRoutes(app: FastifyInstance, context: RouteContext): void {
  app.get(platformRoutes.auditChain, { onRequest: context.auth }, (request, reply) =>
    reply.send(auditChainHeadOf(context.db, deviceOf(request).id) satisfies AuditChainHead),
  );
}
