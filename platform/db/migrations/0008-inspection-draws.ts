import type { Migration } from '../../../node-shared/db/migrate';

/**
 * 双随机 draws the devices push up: evidence, kept as sent and append-only. `reproduces` is the platform's own
 * replay of the draw from its recorded seed and pool at receipt (1 yes, 0 no, NULL when the record is of a shape
 * this platform cannot redo, e.g. from a newer client): a draw that does not reproduce is kept and flagged,
 * never refused.
 */
export const inspectionDraws: Migration = {
  version: 8,
  name: 'inspection-draws',
  up: (db) => {
    db.exec(`
      CREATE TABLE platform_inspection_draws (
        device_id TEXT NOT NULL REFERENCES devices (id),
        draw_id TEXT NOT NULL,
        mutation_id INTEGER NOT NULL,
        number TEXT NOT NULL,
        drawn_at TEXT NOT NULL,
        region_code TEXT NOT NULL,
        matter_code TEXT NOT NULL,
        seed TEXT NOT NULL,
        pool_hash TEXT NOT NULL,
        reproduces INTEGER CHECK (reproduces IN (0, 1)),
        created_at TEXT NOT NULL,
        received_at TEXT NOT NULL,
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        PRIMARY KEY (device_id, draw_id)
      ) STRICT;
      CREATE INDEX platform_inspection_draws_by_time ON platform_inspection_draws (drawn_at);
      CREATE TRIGGER platform_inspection_draws_append_only_update BEFORE UPDATE ON platform_inspection_draws
        BEGIN SELECT RAISE(ABORT, 'platform_inspection_draws is append-only'); END;
      CREATE TRIGGER platform_inspection_draws_append_only_delete BEFORE DELETE ON platform_inspection_draws
        BEGIN SELECT RAISE(ABORT, 'platform_inspection_draws is append-only'); END;
    `);
  },
};
