import type { Migration } from '../../../node-shared/db/migrate';

/**
 * Every external credit query a device asked the platform to make (issue 15, item 2), as asked and as answered:
 * the evidence that the platform queried 信用中国 / 信用河南 for this device at that time and what came back, or
 * why nothing did. Append-only, like the evidence devices send. `answer` is the adapter's answer as validated
 * (JSON), null on a failure; `error_code` is the platform's code of that failure.
 */
export const externalQueries: Migration = {
  version: 20,
  name: 'external-queries',
  up: (db) => {
    db.exec(`
      CREATE TABLE external_query_log (
        id TEXT PRIMARY KEY,
        device_id TEXT NOT NULL REFERENCES devices (id),
        check_id TEXT,
        channel TEXT NOT NULL,
        identifier_kind TEXT NOT NULL,
        identifier_value TEXT NOT NULL,
        subject_name TEXT NOT NULL,
        asked_at TEXT NOT NULL,
        answered_at TEXT NOT NULL,
        adapter TEXT NOT NULL,
        error_code TEXT,
        answer TEXT CHECK (answer IS NULL OR json_valid(answer)),
        CHECK ((error_code IS NULL) <> (answer IS NULL))
      ) STRICT;
      CREATE INDEX external_query_log_by_device ON external_query_log (device_id, asked_at);
      CREATE TRIGGER external_query_log_append_only_update BEFORE UPDATE ON external_query_log
        BEGIN SELECT RAISE(ABORT, 'external_query_log is append-only'); END;
      CREATE TRIGGER external_query_log_append_only_delete BEFORE DELETE ON external_query_log
        BEGIN SELECT RAISE(ABORT, 'external_query_log is append-only'); END;
    `);
  },
};
