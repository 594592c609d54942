import { GENESIS_HASH, chainHash } from '../../../../node-shared/audit/chain';
import { AUDIT_ROW_COLUMNS, toAuditRow, type AuditRowText } from '../../audit/audit.repo';
import type { Migration } from '../../../../node-shared/db/migrate';

/** Rows read per step of the backfill (better-sqlite3 cannot update a table while iterating it). */
const BACKFILL_PAGE = 1000;

/**
 * The audit log becomes a hash chain (audit/chain.ts): a hash column, every existing entry hashed in seq order,
 * and from now on no entry without its hash.
 *
 * The backfill links each row to the one before it as it is, with chainHash rather than appendHashed: a log with
 * a gap in its seqs is hashed over the gap (the check on start then reports it) instead of failing the upgrade,
 * which would keep the clerk out of the app.
 *
 * The update trigger is dropped only for the backfill, inside this migration's transaction.
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
      `SELECT ${AUDIT_ROW_COLUMNS} FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ${BACKFILL_PAGE}`,
    );
    const setHash = db.prepare('UPDATE audit_log SET hash = ? WHERE seq = ?');
    let previous = { seq: 0, hash: GENESIS_HASH };
    for (;;) {
      const rows = page.all(previous.seq) as AuditRowText[];
      for (const row of rows) {
        const hash = chainHash(previous.hash, toAuditRow(row));
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
