import type { Db } from '../../node-shared/db/connection';
import type { PushResult } from '../../shared/platform-api/api';

/** How an entry was answered the first time, or null if it was never seen. */
export function storedResult(
  db: Db,
  deviceId: string,
  mutationId: number,
): { result: MutationRecord['result']; fingerprint: string | null } | null {
  const row = db
    .prepare('SELECT result, fingerprint FROM device_mutations WHERE device_id = ? AND mutation_id = ?')
    .get(deviceId, mutationId) as { result: string; fingerprint: string | null } | undefined;
  return row === undefined
    ? null
    : { result: JSON.parse(row.result) as MutationRecord['result'], fingerprint: row.fingerprint };
}

export type MutationRecord = {
  deviceId: string;
  mutationId: number;
  kind: string;
  result: Extract<PushResult, { status: 'applied' | 'rejected' | 'conflict' }>;
  receivedAt: string;
  fingerprint: string;
};

/** The idempotency record; written in the transaction of the evidence it answers for (or of its rejection). */
export function recordMutation(db: Db, record: MutationRecord): void {
  db.prepare(
    `INSERT INTO device_mutations (device_id, mutation_id, kind, status, result, received_at, fingerprint)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    record.deviceId,
    record.mutationId,
    record.kind,
    record.result.status,
    JSON.stringify(record.result),
    record.receivedAt,
    record.fingerprint,
  );
}
