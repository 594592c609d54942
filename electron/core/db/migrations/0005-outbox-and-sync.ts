import type { Migration } from '../../../../node-shared/db/migrate';

/**
 * Offline-first sync: the transactional outbox (every local write that must reach the platform adds its row in
 * the same transaction), what each check knew of the platform when it was made (offline? which cursor?), and
 * the 需复核 flags raised when a later pull changes the subject of such a check.
 */
export const outboxAndSync: Migration = {
  version: 5,
  name: 'outbox-and-sync',
  up: (db) => {
    db.exec(`
      CREATE TABLE outbox (
        mutation_id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL,
        payload TEXT NOT NULL,
        created_at TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'rejected', 'conflict')),
        attempts INTEGER NOT NULL DEFAULT 0,
        error_code TEXT,
        error_message TEXT,
        delivered_at TEXT
      ) STRICT;
      CREATE INDEX outbox_pending ON outbox (state, mutation_id);

      ALTER TABLE checks ADD COLUMN offline INTEGER NOT NULL DEFAULT 0 CHECK (offline IN (0, 1));
      ALTER TABLE checks ADD COLUMN sync_cursor INTEGER NOT NULL DEFAULT 0;

      CREATE TABLE check_reviews (
        check_id TEXT PRIMARY KEY REFERENCES checks (id),
        flagged_at TEXT NOT NULL,
        change_seq INTEGER NOT NULL,
        reason TEXT NOT NULL,
        acknowledged_at TEXT,
        acknowledged_by TEXT
      ) STRICT;
    `);
  },
};
