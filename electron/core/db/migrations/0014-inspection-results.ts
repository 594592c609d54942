import type { Migration } from '../../../../node-shared/db/migrate';

/**
 * 双随机 inspection results (检查结果): evidence, append-only like the draws. A correction is a new row with the
 * next revision of the same draw and subject, naming the row it corrects; the current result is the highest
 * revision. The whole record is kept as JSON (as sent to the platform); the columns beside it are what the
 * lookups use. Self-contained: SQL only.
 */
export const inspectionResults: Migration = {
  version: 14,
  name: 'inspection-results',
  up: (db) => {
    db.exec(`
      CREATE TABLE inspection_results (
        id TEXT PRIMARY KEY,
        draw_id TEXT NOT NULL REFERENCES inspection_draws (id),
        subject_id TEXT NOT NULL,
        revision INTEGER NOT NULL CHECK (revision >= 1),
        corrects_id TEXT REFERENCES inspection_results (id),
        inspected_on TEXT NOT NULL,
        outcome_code TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        record TEXT NOT NULL CHECK (json_valid(record)),
        UNIQUE (draw_id, subject_id, revision),
        CHECK ((revision = 1) = (corrects_id IS NULL))
      ) STRICT;

      CREATE TRIGGER inspection_results_append_only_update BEFORE UPDATE ON inspection_results
        BEGIN SELECT RAISE(ABORT, 'inspection_results is append-only'); END;
      CREATE TRIGGER inspection_results_append_only_delete BEFORE DELETE ON inspection_results
        BEGIN SELECT RAISE(ABORT, 'inspection_results is append-only'); END;
    `);
  },
};
