import type { Db } from '../../node-shared/db/connection';
import type { ChainBreak } from '../../node-shared/audit/chain';

/** What the platform holds of one device's audit chain (migration 7). */
export type ChainHeadRow = {
  deviceId: string;
  headSeq: number;
  headHash: string | null;
  broken: { seq: number; reason: ChainBreak; at: string } | null;
};

type Stored = {
  device_id: string;
  head_seq: number;
  head_hash: string | null;
  broken_seq: number | null;
  broken_reason: ChainBreak | null;
  broken_at: string | null;
};

const toRow = (row: Stored): ChainHeadRow => ({
  deviceId: row.device_id,
  headSeq: row.head_seq,
  headHash: row.head_hash,
  broken:
    row.broken_seq === null || row.broken_reason === null
      ? null
      : { seq: row.broken_seq, reason: row.broken_reason, at: row.broken_at ?? '' },
});

/** The device's chain as verified so far; a device that never sent a chained entry is at seq 0. */
export function readChainHead(db: Db, deviceId: string): ChainHeadRow {
  const row = db.prepare('SELECT * FROM audit_chain_heads WHERE device_id = ?').get(deviceId) as
    Stored | undefined;
  return row === undefined ? { deviceId, headSeq: 0, headHash: null, broken: null } : toRow(row);
}

const upsert = (db: Db, sql: string, params: Record<string, unknown>): void => {
  db.prepare(
    `INSERT INTO audit_chain_heads (device_id, updated_at) VALUES (@deviceId, @at)
     ON CONFLICT (device_id) DO NOTHING`,
  ).run(params);
  db.prepare(sql).run(params);
};

export function confirmChainHead(db: Db, deviceId: string, seq: number, hash: string, at: string): void {
  upsert(
    db,
    `UPDATE audit_chain_heads SET head_seq = @seq, head_hash = @hash, updated_at = @at WHERE device_id = @deviceId`,
    { deviceId, seq, hash, at },
  );
}

/** Records the first break only: a later call while one is recorded changes nothing. */
export function recordChainBreak(
  db: Db,
  deviceId: string,
  seq: number,
  reason: ChainBreak,
  at: string,
): void {
  upsert(
    db,
    `UPDATE audit_chain_heads SET broken_seq = @seq, broken_reason = @reason, broken_at = @at, updated_at = @at
     WHERE device_id = @deviceId AND broken_seq IS NULL`,
    { deviceId, seq, reason, at },
  );
}

/** A gap that turns out to be a late entry: same seq, the reason told more precisely. */
export function refineChainBreak(db: Db, deviceId: string, reason: ChainBreak, at: string): void {
  db.prepare('UPDATE audit_chain_heads SET broken_reason = ?, updated_at = ? WHERE device_id = ?').run(
    reason,
    at,
    deviceId,
  );
}

/** Whether this device sent, under another mutation, an entry with this seq and hash (a resend, not a change). */
export function sentBefore(db: Db, deviceId: string, mutationId: number, seq: number, hash: string): boolean {
  return (
    db
      .prepare(
        `SELECT 1 FROM platform_audit
         WHERE device_id = ? AND json_extract(payload, '$.seq') = ? AND mutation_id <> ?
           AND json_extract(payload, '$.hash') = ? LIMIT 1`,
      )
      .get(deviceId, seq, mutationId, hash) !== undefined
  );
}

/** Whether this device sent entries from before the chain (no hash): its first chained entry is then the anchor. */
export const sentUnchained = (db: Db, deviceId: string): boolean =>
  db
    .prepare(
      `SELECT 1 FROM platform_audit WHERE device_id = ? AND json_extract(payload, '$.hash') IS NULL LIMIT 1`,
    )
    .get(deviceId) !== undefined;

export const receivedAuditCount = (db: Db, deviceId: string): number =>
  db.prepare('SELECT count(*) FROM platform_audit WHERE device_id = ?').pluck().get(deviceId) as number;

export type DeviceChainSummary = ChainHeadRow & { name: string; number: number | null; received: number };

/** Every enrolled device with its chain, for the CLI. */
export function listChainHeads(db: Db): DeviceChainSummary[] {
  const devices = db.prepare('SELECT id, name, number FROM devices ORDER BY number, enrolled_at').all() as {
    id: string;
    name: string;
    number: number | null;
  }[];
  return devices.map((device) => ({
    ...readChainHead(db, device.id),
    name: device.name,
    number: device.number,
    received: receivedAuditCount(db, device.id),
  }));
}
