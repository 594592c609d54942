import type { Db } from '../../node-shared/db/connection';
import { dialectOf } from '../../node-shared/db/dialect';
import { listChainBreaks, type ChainBreakRow } from './chain-breaks.repo';

/**
 * What the platform holds of one device's audit chain (migrations 7 and audit-chain-breaks): the head, i.e. the
 * seq and hash of the newest entry it placed in the chain (null while nothing chained arrived, or after an entry
 * it could not read), and every break it found, in seq order.
 */
export type ChainHeadRow = {
  deviceId: string;
  headSeq: number;
  headHash: string | null;
  breaks: ChainBreakRow[];
};

/** The device's chain as verified so far; a device that never sent a chained entry is at seq 0. */
export function readChainHead(db: Db, deviceId: string): ChainHeadRow {
  const row = db
    .prepare(
      'SELECT head_seq AS "headSeq", head_hash AS "headHash" FROM audit_chain_heads WHERE device_id = ?',
    )
    .get(deviceId) as { headSeq: number; headHash: string | null } | undefined;
  return { deviceId, headSeq: 0, headHash: null, ...row, breaks: listChainBreaks(db, deviceId) };
}

/** Moves the head to this entry (hash null: an entry whose hash could not be read took this place). */
export function moveChainHead(db: Db, deviceId: string, seq: number, hash: string | null, at: string): void {
  db.prepare(
    `INSERT INTO audit_chain_heads (device_id, head_seq, head_hash, updated_at) VALUES (@deviceId, @seq, @hash, @at)
     ON CONFLICT (device_id) DO UPDATE SET head_seq = @seq, head_hash = @hash, updated_at = @at`,
  ).run({ deviceId, seq, hash, at });
}

/** A chained entry as received: its outbox mutation and payload (JSON text). */
export type ReceivedLink = { mutationId: number; payload: string };

/**
 * The parts of a chained entry's payload (JSON text) the queries below look at: its seq as stored, whether that
 * seq is a whole number, and its hash. PostgreSQL reads them through jsonb (platform_audit_by_chain_seq indexes
 * the seq there as `payload::jsonb -> 'seq'`), SQLite through json_extract (indexed as such).
 */
const chainFields = {
  sqlite: {
    seqIs: "json_extract(payload, '$.seq') = ?",
    seqAbove: "json_extract(payload, '$.seq') > ? AND typeof(json_extract(payload, '$.seq')) = 'integer'",
    hash: "json_extract(payload, '$.hash')",
  },
  postgres: {
    seqIs: "payload::jsonb -> 'seq' = to_jsonb(?::numeric)",
    seqAbove:
      "jsonb_typeof(payload::jsonb -> 'seq') = 'number' AND payload::jsonb ->> 'seq' ~ '^-?[0-9]+$' AND (payload::jsonb ->> 'seq')::numeric > ?",
    hash: "payload::jsonb ->> 'hash'",
  },
} as const;

/** The chained entries this device sent at a seq, but for the one being checked (a resend, a late one, a clash). */
export function receivedAt(db: Db, deviceId: string, seq: number, mutationId: number): ReceivedLink[] {
  const fields = chainFields[dialectOf(db)];
  return db
    .prepare(
      `SELECT mutation_id AS "mutationId", payload FROM platform_audit
       WHERE device_id = ? AND ${fields.seqIs} AND mutation_id <> ? AND ${fields.hash} IS NOT NULL
       ORDER BY mutation_id`,
    )
    .all(deviceId, seq, mutationId) as ReceivedLink[];
}

/**
 * Chained entries stored beyond the head, but for the one being checked: what a platform that stopped verifying
 * at a device's first break (before every break was kept) stored without checking, in the order received.
 */
export function receivedBeyond(db: Db, deviceId: string, seq: number, mutationId: number): ReceivedLink[] {
  const fields = chainFields[dialectOf(db)];
  return db
    .prepare(
      `SELECT mutation_id AS "mutationId", payload FROM platform_audit
       WHERE device_id = ? AND ${fields.seqAbove} AND mutation_id <> ? AND ${fields.hash} IS NOT NULL
       ORDER BY mutation_id`,
    )
    .all(deviceId, seq, mutationId) as ReceivedLink[];
}

/** Whether this device sent entries from before the chain (no hash): its first chained entry is then the anchor. */
export const sentUnchained = (db: Db, deviceId: string): boolean =>
  db
    .prepare(
      `SELECT 1 FROM platform_audit WHERE device_id = ? AND ${chainFields[dialectOf(db)].hash} IS NULL LIMIT 1`,
    )
    .get(deviceId) !== undefined;

export const receivedAuditCount = (db: Db, deviceId: string): number =>
  db.prepare('SELECT count(*) FROM platform_audit WHERE device_id = ?').pluck().get(deviceId) as number;

export type DeviceChainSummary = ChainHeadRow & { name: string; number: number | null; received: number };

/** Every enrolled device with its chain, for the CLI. */
export function listChainHeads(db: Db): DeviceChainSummary[] {
  const devices = db
    .prepare('SELECT id, name, number FROM devices ORDER BY number NULLS FIRST, enrolled_at')
    .all() as {
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
