import type { Db } from '../../../node-shared/db/connection';
import { statement } from '../../../node-shared/db/statements';
import { enqueue } from '../sync/outbox.repo';
import type { AuditEntry, AuditRow } from '../../../node-shared/audit/audit-entry';
import { appendHashed, GENESIS_HEAD, type ChainHead } from '../../../node-shared/audit/chain';

export type { AuditEntry, AuditRow } from '../../../node-shared/audit/audit-entry';

/** The columns of an entry as AuditRow names them (detail still JSON text); shared by every reader of the log. */
export const AUDIT_ROW_COLUMNS = `seq, at, actor, action, target_type AS targetType, target_id AS targetId,
  case_number AS caseNumber, purpose, detail`;
export type AuditRowText = Omit<AuditRow, 'detail'> & { detail: string };

/**
 * A stored row as the entry it records. appendAudit always writes detail as JSON; text that is not JSON (only
 * an edit of the file makes that) is kept as the string it is, so the chain check reports the entry as not
 * linking instead of throwing.
 */
export function toAuditRow(row: AuditRowText): AuditRow {
  let detail: unknown;
  try {
    detail = JSON.parse(row.detail);
  } catch {
    detail = row.detail;
  }
  return { ...row, detail: detail as Record<string, unknown> };
}

/** The last link of the stored chain: the entry with the highest seq, or the genesis head for an empty log. */
export function auditHead(db: Db): ChainHead {
  const row = statement(db, 'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string | null } | undefined;
  if (row === undefined) return GENESIS_HEAD;
  // Migration 7 hashed every older row and its trigger refuses an insert without a hash.
  if (row.hash === null) throw new Error(`audit chain: entry ${row.seq} has no hash`);
  return { seq: row.seq, hash: row.hash };
}

/**
 * Appends one entry, chained to the one before it (audit/chain.ts), and queues it for the platform. The table
 * refuses updates and deletes (migration 2) and entries without a hash (migration 7).
 *
 * It must run inside the caller's transaction, the one that covers the write the entry describes: reading the
 * head, inserting with the next seq and queueing happen as one, so no other entry can take the seq in between
 * and the entry never exists without its outbox row.
 */
export function appendAudit(db: Db, entry: AuditEntry): number {
  if (!db.inTransaction) {
    throw new Error('appendAudit runs inside the transaction of the write it records');
  }
  const previous = auditHead(db);
  const seq = previous.seq + 1;
  const { hash } = appendHashed(previous, { ...entry, seq });
  statement(
    db,
    `INSERT INTO audit_log (seq, at, actor, action, target_type, target_id, case_number, purpose, detail, hash)
     VALUES (@seq, @at, @actor, @action, @targetType, @targetId, @caseNumber, @purpose, @detail, @hash)`,
  ).run({ ...entry, seq, hash, detail: JSON.stringify(entry.detail) });
  enqueue(db, 'audit.appended', { seq, ...entry, hash, prevHash: previous.hash }, entry.at);
  return seq;
}

export function auditFor(db: Db, targetType: string, targetId: string): AuditRow[] {
  const rows = db
    .prepare(
      `SELECT ${AUDIT_ROW_COLUMNS} FROM audit_log WHERE target_type = ? AND target_id = ? ORDER BY seq`,
    )
    .all(targetType, targetId) as AuditRowText[];
  return rows.map(toAuditRow);
}

/** A stored entry with its chain hash (null only where the file was edited), detail still JSON text. */
export type HashedAuditRowText = AuditRowText & { hash: string | null };

/** The whole log in seq order, streamed: the chain check never holds it in memory. */
export const iterateAuditLog = (db: Db): IterableIterator<HashedAuditRowText> =>
  db
    .prepare(`SELECT ${AUDIT_ROW_COLUMNS}, hash FROM audit_log ORDER BY seq`)
    .iterate() as IterableIterator<HashedAuditRowText>;

/** Up to `limit` entries after `seq`, in seq order. */
export const auditRowsAfter = (db: Db, seq: number, limit: number): HashedAuditRowText[] =>
  db
    .prepare(`SELECT ${AUDIT_ROW_COLUMNS}, hash FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?`)
    .all(seq, limit) as HashedAuditRowText[];

/** The stored hash of one entry, or null when there is no such entry. */
export const auditHashAt = (db: Db, seq: number): string | null =>
  (db.prepare('SELECT hash FROM audit_log WHERE seq = ?').pluck().get(seq) as string | null | undefined) ??
  null;
