import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { platformRoutes, type PushResponse } from '../../shared/platform-api/api';
import { toBeijingIso } from '../../shared/time';
import { deviceOf } from '../access/device-auth';
import { sendInvalid } from '../http/errors';
import { applyEntry } from './apply-entry';
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
  const { db, now, auth } = context;

  app.post(
    platformRoutes.outbox,
    { onRequest: auth, bodyLimit: OUTBOX_BODY_LIMIT },
    async (request, reply) => {
      const envelope = PushEnvelope.safeParse(request.body);
      if (!envelope.success) return sendInvalid(reply, envelope.error);
      const device = deviceOf(request);
      const receivedAt = toBeijingIso(now());
      // In order, each in its own transaction: what was applied stays applied even if a later entry fails.
      const results = envelope.data.entries.map((entry) => applyEntry(db, device, entry, receivedAt));
      return { results, serverTime: toBeijingIso(now()) } satisfies PushResponse;
    },
  );
}
