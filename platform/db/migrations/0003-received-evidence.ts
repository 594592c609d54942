import type { Migration } from '../../../node-shared/db/migrate';

/**
 * What devices push up. device_mutations makes every push idempotent per (device, mutation id) and is written
 * in the same transaction as the evidence it stands for; evidence is append-only, as on the client.
 */
const appendOnly = (table: string): string => `
  CREATE TRIGGER ${table}_append_only_update BEFORE UPDATE ON ${table}
    BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END;
  CREATE TRIGGER ${table}_append_only_delete BEFORE DELETE ON ${table}
    BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END;`;

export const receivedEvidence: Migration = {
  version: 3,
  name: 'received-evidence',
  up: (db) => {
    db.exec(`
      CREATE TABLE device_mutations (
        device_id TEXT NOT NULL REFERENCES devices (id),
        mutation_id INTEGER NOT NULL CHECK (mutation_id > 0),
        kind TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('applied', 'rejected')),
        result TEXT NOT NULL CHECK (json_valid(result)),
        received_at TEXT NOT NULL,
        PRIMARY KEY (device_id, mutation_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE platform_checks (
        device_id TEXT NOT NULL REFERENCES devices (id),
        check_id TEXT NOT NULL,
        mutation_id INTEGER NOT NULL,
        checked_at TEXT NOT NULL,
        created_at TEXT NOT NULL,
        received_at TEXT NOT NULL,
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        PRIMARY KEY (device_id, check_id)
      ) STRICT;
      CREATE INDEX platform_checks_by_time ON platform_checks (checked_at);

      CREATE TABLE platform_feedback (
        device_id TEXT NOT NULL REFERENCES devices (id),
        feedback_id TEXT NOT NULL,
        check_id TEXT NOT NULL,
        mutation_id INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        received_at TEXT NOT NULL,
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        PRIMARY KEY (device_id, feedback_id)
      ) STRICT;
      CREATE INDEX platform_feedback_by_check ON platform_feedback (device_id, check_id);

      CREATE TABLE platform_audit (
        device_id TEXT NOT NULL REFERENCES devices (id),
        mutation_id INTEGER NOT NULL,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        created_at TEXT NOT NULL,
        received_at TEXT NOT NULL,
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        PRIMARY KEY (device_id, mutation_id)
      ) STRICT;
      CREATE INDEX platform_audit_by_time ON platform_audit (at);

      CREATE TABLE files (
        sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
        size INTEGER NOT NULL CHECK (size >= 0),
        stored_at TEXT NOT NULL
      ) STRICT;
    `);
    ['platform_checks', 'platform_feedback', 'platform_audit'].forEach((table) => db.exec(appendOnly(table)));
  },
};
