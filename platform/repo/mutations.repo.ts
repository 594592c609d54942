import type { Db } from '../../electron/core/db/connection';
import type { PushResult } from '../../shared/platform-api/api';

export const mutationExists = (db: Db, deviceId: string, mutationId: number): boolean =>
  db
    .prepare('SELECT 1 FROM device_mutations WHERE device_id = ? AND mutation_id = ?')
    .get(deviceId, mutationId) !== undefined;

export type MutationRecord = {
  deviceId: string;
  mutationId: number;
  kind: string;
  result: Extract<PushResult, { status: 'applied' | 'rejected' }>;
  receivedAt: string;
};

/** The idempotency record; written in the transaction of the evidence it answers for (or of its rejection). */
export function recordMutation(db: Db, record: MutationRecord): void {
  db.prepare(
    `INSERT INTO device_mutations (device_id, mutation_id, kind, status, result, received_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(
    record.deviceId,
    record.mutationId,
    record.kind,
    record.result.status,
    JSON.stringify(record.result),
    record.receivedAt,
  );
}
