import type { Migration } from '../../../node-shared/db/migrate';

/**
 * 双随机 inspection results (检查结果) the devices push up: evidence, kept as sent and append-only. A result
 * belongs to a draw the same device sent before (the foreign key), and a correction is the next revision of the
 * same draw and subject. Self-contained: SQL only.
 */
export const inspectionResults: Migration = {
  version: 10,
  name: 'inspection-results',
  up: (db) => {
    db.exec(`
      CREATE TABLE platform_inspection_results (
        device_id TEXT NOT NULL,
        result_id TEXT NOT NULL,
        mutation_id INTEGER NOT NULL,
        draw_id TEXT NOT NULL,
        subject_id TEXT NOT NULL,
        revision INTEGER NOT NULL CHECK (revision >= 1),
        inspected_on TEXT NOT NULL,
        outcome_code TEXT NOT NULL,
        problem_found INTEGER NOT NULL CHECK (problem_found IN (0, 1)),
        created_at TEXT NOT NULL,
        received_at TEXT NOT NULL,
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        PRIMARY KEY (device_id, result_id),
        UNIQUE (device_id, draw_id, subject_id, revision),
        FOREIGN KEY (device_id, draw_id) REFERENCES platform_inspection_draws (device_id, draw_id)
      ) STRICT;
      CREATE TRIGGER platform_inspection_results_append_only_update BEFORE UPDATE ON platform_inspection_results
        BEGIN SELECT RAISE(ABORT, 'platform_inspection_results is append-only'); END;
      CREATE TRIGGER platform_inspection_results_append_only_delete BEFORE DELETE ON platform_inspection_results
        BEGIN SELECT RAISE(ABORT, 'platform_inspection_results is append-only'); END;
    `);
  },
};
