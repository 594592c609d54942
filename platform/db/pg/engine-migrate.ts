import type { Db } from '../../../node-shared/db/connection';
import { migrate, type Migration } from '../../../node-shared/db/migrate';
import type { PgDatabase } from './engine';
import { EngineError } from './engine-errors';

/** Held while one process migrates: two platforms starting together on one database migrate it once. */
export const MIGRATION_LOCK_KEY = 0x63637732; // 'ccw2'

/**
 * The platform's synchronous code is typed on better-sqlite3's Database (node-shared/db/connection's Db); the
 * PostgreSQL engine implements the part of it the platform uses (SqlDatabase, engine-types.ts), checked by the
 * platform's tests running on PostgreSQL. This is the one place a PgDatabase is handed over as a Db.
 */
export const pgAsDb = (db: PgDatabase): Db => db as unknown as Db;

/**
 * migrate() on PostgreSQL (the version in engine_schema_version, engine-pragma.ts), under a session advisory
 * lock: a second process waits for the first, then finds the schema current. A database written by a newer
 * platform is refused untouched, with migrate()'s Chinese message.
 */
export function migratePg(db: PgDatabase, migrations: readonly Migration[]): void {
  db.exec(`SET lock_timeout = 0; SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
  try {
    const migrated = migrate(pgAsDb(db), migrations);
    if (!migrated.ok) throw new EngineError(migrated.error.code, migrated.error.message);
  } finally {
    if (db.open)
      db.exec(`SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY}); SET lock_timeout = ${db.lockTimeoutMs}`);
  }
}
