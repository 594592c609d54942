import { z } from 'zod';
import type { Db } from '../../node-shared/db/connection';
import { replayDraw } from '../../node-shared/inspections/replay';
import { isoDateTime } from '../../shared/domain/catalogue';
import { InspectionDrawRecord } from '../../shared/domain/inspection';
import { insertInspectionDraw, type EvidenceBase, type EvidenceOutcome } from '../outbox/evidence.repo';

/**
 * What the platform needs to file a draw; the rest is kept as sent (a loose object: a newer client may add
 * fields without being refused).
 */
export const InspectionDrawnPayload = z.looseObject({
  id: z.string().trim().min(1).max(200),
  number: z.string().trim().min(1).max(100),
  drawnAt: isoDateTime,
  regionCode: z.string().min(1).max(12),
  matterCode: z.string().min(1).max(100),
  seed: z.string().min(1).max(200),
  poolHash: z.string().regex(/^[0-9a-f]{64}$/),
});

/** 1/0 when the platform could redo the draw from its record, null when the record is not a shape it knows. */
const reproducesAt = (payload: unknown, at: Date): 0 | 1 | null => {
  const record = InspectionDrawRecord.safeParse(payload);
  if (!record.success) return null;
  return replayDraw(record.data, at).reproduces ? 1 : 0;
};

/** Files one draw (evidence, once per device and draw id), replaying it on receipt. */
export function receiveInspectionDraw(
  db: Db,
  raw: unknown,
  base: EvidenceBase,
): EvidenceOutcome | z.ZodError {
  const parsed = InspectionDrawnPayload.safeParse(raw);
  if (!parsed.success) return parsed.error;
  const draw = parsed.data;
  const params = {
    ...base,
    drawId: draw.id,
    number: draw.number,
    drawnAt: draw.drawnAt,
    regionCode: draw.regionCode,
    matterCode: draw.matterCode,
    seed: draw.seed,
    poolHash: draw.poolHash,
    reproduces: reproducesAt(raw, new Date(base.receivedAt)),
  };
  return insertInspectionDraw(db, params);
}
