import type { FastifyInstance } from 'fastify';
import { CHAIN_MESSAGES } from '../../node-shared/audit/chain';
import { platformRoutes, type AuditChainHead } from '../../shared/platform-api/api';
import type { Db } from '../../node-shared/db/connection';
import { deviceOf } from '../access/device-auth';
import type { RouteContext } from '../http/route-context';
import { readChainHead, receivedAuditCount } from './chain-heads.repo';

/** The platform's verdict on one device's audit chain, as the contract gives it. */
export function auditChainHeadOf(db: Db, deviceId: string): AuditChainHead {
  const head = readChainHead(db, deviceId);
  return {
    deviceId,
    confirmedSeq: head.headSeq,
    confirmedHash: head.headHash,
    broken:
      head.broken === null
        ? null
        : {
            seq: head.broken.seq,
            reason: head.broken.reason,
            message: CHAIN_MESSAGES[head.broken.reason](head.broken.seq),
            at: head.broken.at,
          },
    received: receivedAuditCount(db, deviceId),
  };
}

/** GET audit/chain: a device reads what the platform verified of its own chain (its token says which device). */
export function registerAuditRoutes(app: FastifyInstance, context: RouteContext): void {
  app.get(platformRoutes.auditChain, { onRequest: context.auth }, (request, reply) =>
    reply.send(auditChainHeadOf(context.db, deviceOf(request).id) satisfies AuditChainHead),
  );
}
