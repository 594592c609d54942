import type { Migration } from '../../../node-shared/db/migrate';

/**
 * The city's registry of issued public credit reports (from 'report.issued'): one row per report number, with
 * the content hash the verification compares and the masked facts the public verification page shows. The
 * number is unique in the city by construction (device number + daily counter); the primary key makes sure.
 * Registered reports are evidence: never changed, never deleted.
 */
export const reportRegistry: Migration = {
  version: 6,
  name: 'report-registry',
  up: (db) => {
    db.exec(`
      CREATE TABLE reports (
        number TEXT PRIMARY KEY CHECK (length(number) = 25),
        content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
        subject_id TEXT NOT NULL,
        subject_kind TEXT NOT NULL,
        subject_name TEXT NOT NULL,
        identifier TEXT NOT NULL,
        issuing_unit TEXT NOT NULL,
        issuing_unit_code TEXT NOT NULL,
        data_as_of TEXT NOT NULL,
        issued_at TEXT NOT NULL,
        issued_by TEXT NOT NULL,
        device_id TEXT NOT NULL REFERENCES devices (id),
        registered_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX reports_by_subject ON reports (subject_id);

      CREATE TRIGGER reports_append_only_update BEFORE UPDATE ON reports
        BEGIN SELECT RAISE(ABORT, 'registered reports are append-only'); END;
      CREATE TRIGGER reports_append_only_delete BEFORE DELETE ON reports
        BEGIN SELECT RAISE(ABORT, 'registered reports are append-only'); END;
    `);
  },
};
