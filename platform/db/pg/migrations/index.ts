import type { Migration } from '../../../../node-shared/db/migrate';
import { baselineFeed } from './0001-baseline-feed';
import { baselineTables } from './0001-baseline-tables';

/** PostgreSQL 1 = SQLite platform migrations 1–20, in one step: the schema those leave, typed for PostgreSQL. */
const baseline: Migration = {
  version: 1,
  name: 'baseline',
  up: (db) => {
    db.exec(baselineTables);
    db.exec(baselineFeed);
  },
};

/**
 * The PostgreSQL platform's migrations, version == position, in the shape of ../../migrations/index.ts.
 * Append-only as those: a released migration is never edited; add the next number at the end.
 */
export const platformPgMigrations: readonly Migration[] = [baseline];
