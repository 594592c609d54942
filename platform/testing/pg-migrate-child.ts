// A process that migrates the database at argv[2] with a tiny schema of its own (engine-migrate.test.ts runs
// two at once): each migration run is logged in migration_runs, so the test sees how often it ran.
import type { Migration } from '../../node-shared/db/migrate';
import { openPgDatabase } from '../db/pg/engine';
import { migratePg } from '../db/pg/engine-migrate';

const slowTable: Migration = {
  version: 1,
  name: 'slow-table',
  up: (db) => {
    db.exec(`CREATE TABLE IF NOT EXISTS migration_runs (pid integer NOT NULL);
             CREATE TABLE widgets (id integer PRIMARY KEY, name text NOT NULL);
             SELECT pg_sleep(0.5)`);
    db.prepare('INSERT INTO migration_runs (pid) VALUES (?)').run(process.pid);
  },
};

const db = openPgDatabase(process.argv[2] ?? '');
migratePg(db, [slowTable]);
db.close();
