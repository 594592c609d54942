import { createHash } from 'node:crypto';
import type { Migration } from '../../../../node-shared/db/migrate';

/** Rows read per step of the backfill (better-sqlite3 cannot update a table while iterating it). */
const BACKFILL_PAGE = 1000;

/** The "previous hash" of the first entry (node-shared/audit/chain.ts: GENESIS_HASH). */
const GENESIS_HASH = '0'.repeat(64);

type AuditLogRow = {
  seq: number;
  at: string;
  actor: string;
  action: string;
  target_type: string;
  target_id: string | null;
  case_number: string | null;
  purpose: string | null;
  detail: string;
};

/**
 * Canonical JSON (keys sorted at every depth) of a value read back with JSON.parse: the first chain format's
 * text, kept here as it was when this migration was released. For such values it is exactly what the live
 * chain's canonicalJson writes (shared/canonical-json.ts also covers values that never went through JSON).
 */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonical(item)).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const record = value as Record<string, unknown>;
  const members = Object.keys(record)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`);
  return `{${members.join(',')}}`;
}

/**
 * The chain link of the first chain format: sha256 (hex) of the previous hash, a newline and the canonical JSON
 * of the row under its column names, detail as the JSON it holds. Detail that is not JSON (only an edit of the
 * file makes that) is hashed as the string it is, so the check on start reports the entry instead of the upgrade
 * failing.
 */
function chainHashV1(previousHash: string, row: AuditLogRow): string {
  let detail: unknown;
  try {
    detail = JSON.parse(row.detail);
  } catch {
    detail = row.detail;
  }
  return createHash('sha256')
    .update(`${previousHash}\n${canonical({ ...row, detail })}`, 'utf8')
    .digest('hex');
}

/**
 * The audit log becomes a hash chain (node-shared/audit/chain.ts): a hash column, every existing entry hashed in
 * seq order, and from now on no entry without its hash.
 *
 * The backfill links each row to the one before it as it is, rather than refusing a gap: a log with a gap in its
 * seqs is hashed over the gap (the check on start then reports it) instead of failing the upgrade, which would
 * keep the clerk out of the app.
 *
 * The update trigger is dropped only for the backfill, inside this migration's transaction.
 *
 * Self-contained: the columns and the hash of the first chain format are this file's own, so a later column of
 * audit_log or a later chain format cannot change what this migration does to a database at version 6.
 */
export const auditChain: Migration = {
  version: 7,
  name: 'audit-chain',
  up: (db) => {
    // Recreated from its own stored text, so it is exactly what migration 2 made.
    const { sql: updateTrigger } = db
      .prepare(
        "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = 'audit_log_append_only_update'",
      )
      .get() as { sql: string };
    db.exec(`
      ALTER TABLE audit_log ADD COLUMN hash TEXT
        CHECK (hash IS NULL OR (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*'));
      DROP TRIGGER audit_log_append_only_update;
    `);
    const page = db.prepare(
      `SELECT seq, at, actor, action, target_type, target_id, case_number, purpose, detail
       FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ${BACKFILL_PAGE}`,
    );
    const setHash = db.prepare('UPDATE audit_log SET hash = ? WHERE seq = ?');
    let previous = { seq: 0, hash: GENESIS_HASH };
    for (;;) {
      const rows = page.all(previous.seq) as AuditLogRow[];
      for (const row of rows) {
        const hash = chainHashV1(previous.hash, row);
        setHash.run(hash, row.seq);
        previous = { seq: row.seq, hash };
      }
      if (rows.length < BACKFILL_PAGE) break;
    }
    db.exec(updateTrigger);
    db.exec(`
      CREATE TRIGGER audit_log_hash_required BEFORE INSERT ON audit_log WHEN NEW.hash IS NULL
        BEGIN SELECT RAISE(ABORT, 'an audit entry needs its chain hash'); END;
    `);
  },
};
