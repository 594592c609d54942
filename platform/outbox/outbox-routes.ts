import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { platformRoutes, type PushResponse, type PushResult } from '../../shared/platform-api/api';
import { toBeijingIso } from '../../shared/time';
import { deviceOf } from '../access/device-auth';
import { sizeText } from '../access/device-limits';
import type { Device } from '../access/devices.repo';
import { markReferenced } from '../files/files.repo';
import { referencedFiles } from '../files/referenced-files';
import { sendInvalid } from '../http/errors';
import { applyEntry, type RawEntry } from './apply-entry';
import type { RouteContext } from '../http/route-context';

// Checks carry their evidence snapshot, so a full batch of 500 can be several MB.
const OUTBOX_BODY_LIMIT = 20 * 1024 * 1024;

/**
 * The batch envelope only: each entry needs a mutation id to be answered at all. Everything else (kind,
 * createdAt, payload) is checked per entry against the contract's OutboxEntry, so one entry of a kind this
 * platform does not know yet is rejected alone instead of failing the whole push and blocking the queue.
 */
const PushEnvelope = z.object({
  entries: z
    .array(z.looseObject({ mutationId: z.number().int().positive() }))
    // Checklist: the same bounds as PushRequest in shared/platform-api/api.ts.
    .min(1)
    .max(500),
});

export function registerOutboxRoute(app: FastifyInstance, context: RouteContext): void {
  const { db, now, auth, limits } = context;

  /**
   * One entry: refused alone when larger than a device may send (not recorded, so the same entry is refused
   * the same way again); applied otherwise, and the files an applied entry refers to stop counting against
   * the device that uploaded them.
   */
  const take = (device: Device, entry: RawEntry, receivedAt: string): PushResult => {
    const bytes = Buffer.byteLength(JSON.stringify(entry));
    if (bytes > limits.entryBytes)
      return {
        mutationId: entry.mutationId,
        status: 'rejected',
        code: 'ENTRY_TOO_LARGE',
        message: `单条提交超过 ${sizeText(limits.entryBytes)} 上限（本条 ${sizeText(bytes)}），市平台未接收；请联系管理员`,
      };
    const result = applyEntry(db, device, entry, receivedAt);
    if (result.status === 'applied' || result.status === 'duplicate')
      markReferenced(db, referencedFiles(entry.payload), receivedAt);
    return result;
  };

  app.post(
    platformRoutes.outbox,
    { onRequest: auth, bodyLimit: OUTBOX_BODY_LIMIT },
    async (request, reply) => {
      const envelope = PushEnvelope.safeParse(request.body);
      if (!envelope.success) return sendInvalid(reply, envelope.error);
      const device = deviceOf(request);
      const receivedAt = toBeijingIso(now());
      // In order, each in its own transaction: what was applied stays applied even if a later entry fails.
      const results = envelope.data.entries.map((entry) => take(device, entry, receivedAt));
      return { results, serverTime: toBeijingIso(now()) } satisfies PushResponse;
    },
  );
}
