import type { Migration } from '../../../../node-shared/db/migrate';

/**
 * 双随机 draws: evidence, append-only like checks and audit entries. The whole record (seed, pool, ratios table,
 * inspectors, result) is kept as JSON so a draw can be redone from it byte for byte; the columns beside it are
 * what the list filters and sorts on.
 */
export const inspectionDraws: Migration = {
  version: 10,
  name: 'inspection-draws',
  up: (db) => {
    db.exec(`
      CREATE TABLE inspection_draws (
        id TEXT PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        drawn_at TEXT NOT NULL,
        actor TEXT NOT NULL,
        region_code TEXT NOT NULL,
        matter_code TEXT NOT NULL,
        seed TEXT NOT NULL,
        pool_hash TEXT NOT NULL CHECK (length(pool_hash) = 64),
        ratios_version TEXT NOT NULL,
        record TEXT NOT NULL CHECK (json_valid(record))
      ) STRICT;
      CREATE INDEX inspection_draws_by_time ON inspection_draws (drawn_at);

      CREATE TRIGGER inspection_draws_append_only_update BEFORE UPDATE ON inspection_draws
        BEGIN SELECT RAISE(ABORT, 'inspection_draws is append-only'); END;
      CREATE TRIGGER inspection_draws_append_only_delete BEFORE DELETE ON inspection_draws
        BEGIN SELECT RAISE(ABORT, 'inspection_draws is append-only'); END;
    `);
  },
};
