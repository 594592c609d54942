import type { Migration } from '../../../../node-shared/db/migrate';

/**
 * Issued public credit reports (公共信用信息报告), exactly as issued: `content` is the canonical JSON of the model
 * (shared/report/canonical.ts) whose sha256 is `content_hash`, so a stored report can always be shown and
 * re-verified as it was printed. Append-only like the other evidence. The remaining columns are copies of the
 * content for listing and filtering.
 *
 * report_serials is the device's daily counter of report numbers (shared/report/number.ts), advanced in the
 * transaction that inserts the report, as commitment_serials is for 承诺编码.
 */
export const creditReports: Migration = {
  version: 9,
  name: 'credit-reports',
  up: (db) => {
    db.exec(`
      CREATE TABLE reports (
        number TEXT PRIMARY KEY CHECK (length(number) = 25 AND number GLOB 'XYBG*'),
        subject_id TEXT NOT NULL,
        subject_name TEXT NOT NULL,
        subject_kind TEXT NOT NULL CHECK (subject_kind IN ('legal-person', 'individual-business', 'natural-person')),
        identifier_masked TEXT NOT NULL,
        purpose TEXT NOT NULL,
        case_number TEXT NOT NULL,
        data_as_of TEXT NOT NULL,
        issuing_unit TEXT NOT NULL,
        issuing_unit_code TEXT NOT NULL,
        issued_at TEXT NOT NULL,
        issued_by TEXT NOT NULL,
        verify_url TEXT,
        content TEXT NOT NULL,
        content_hash TEXT NOT NULL CHECK (length(content_hash) = 64 AND content_hash NOT GLOB '*[^0-9a-f]*')
      ) STRICT;
      CREATE INDEX reports_by_issued_at ON reports (issued_at);
      CREATE INDEX reports_by_subject ON reports (subject_id);

      CREATE TABLE report_serials (
        day TEXT PRIMARY KEY,
        last INTEGER NOT NULL CHECK (last > 0)
      ) STRICT;

      CREATE TRIGGER reports_append_only_update BEFORE UPDATE ON reports
        BEGIN SELECT RAISE(ABORT, 'issued reports are append-only'); END;
      CREATE TRIGGER reports_append_only_delete BEFORE DELETE ON reports
        BEGIN SELECT RAISE(ABORT, 'issued reports are append-only'); END;
    `);
  },
};
