import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type Db, type OpenOptions } from '../../node-shared/db/connection';
import { dialectOf } from '../../node-shared/db/dialect';
import { migrate } from '../../node-shared/db/migrate';
import { platformMigrations } from './migrations';
import { openPgDatabase, type PgDatabase } from './pg/engine';
import { migratePg, pgAsDb } from './pg/engine-migrate';
import { platformDatabaseUrl } from './pg/engine-selection';
import { platformPgMigrations } from './pg/migrations';

export const PLATFORM_DB_FILE = 'platform.sqlite3';

/** Embedded in the desktop client, the platform runs on Electron's build of better-sqlite3. */
const bindingOption = (nativeBinding: string | undefined): OpenOptions =>
  nativeBinding === undefined ? {} : { nativeBinding };

/** The platform on PostgreSQL (`--database` / PLATFORM_DATABASE_URL): connected, then migrated once. */
function openPlatformPg(url: string): Db {
  const db = openPgDatabase(url);
  try {
    migratePg(db, platformPgMigrations);
  } catch (error) {
    db.close();
    throw error;
  }
  return pgAsDb(db);
}

/**
 * Opens (creating if needed) the platform's database and brings it to the newest schema: PostgreSQL at
 * `databaseUrl` (by default PLATFORM_DATABASE_URL, which the CLI's --database sets), else SQLite in dataDir. A
 * database written by a newer platform is refused untouched: the error carries the Chinese message for the
 * operator, as does a PostgreSQL address refused or out of reach (EngineError, with its code).
 */
export function openPlatformDb(
  dataDir: string,
  nativeBinding?: string,
  databaseUrl: string | undefined = platformDatabaseUrl(dataDir),
): Db {
  mkdirSync(dataDir, { recursive: true });
  if (databaseUrl !== undefined) return openPlatformPg(databaseUrl);
  const db = openDatabase(join(dataDir, PLATFORM_DB_FILE), bindingOption(nativeBinding));
  try {
    const migrated = migrate(db, platformMigrations);
    if (!migrated.ok) throw new Error(migrated.error.message);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/**
 * The PostgreSQL engine behind a platform Db, or null on SQLite: pgAsDb the other way round, for what needs the
 * engine itself (its readers, its address). Which engine it is, dialectOf says, as it does for the repositories.
 */
export const pgEngineOf = (db: Db): PgDatabase | null =>
  dialectOf(db) === 'postgres' ? (db as unknown as PgDatabase) : null;

/**
 * A second, read-only connection on the same database for long reads (feed pages, table dumps, checksums). An
 * open better-sqlite3 iterator makes its connection refuse writes, and in WAL mode a reader sees one consistent
 * snapshot without holding writers back, so streams never share the connection that takes pushes. On
 * PostgreSQL: another connection whose transactions are read-only and REPEATABLE READ (one snapshot each).
 */
export function openReader(db: Db, nativeBinding?: string): Db {
  const engine = pgEngineOf(db);
  if (engine !== null) return pgAsDb(engine.openReader());
  if (db.memory)
    throw new Error('the platform needs a database file: streams read through a second connection');
  const reader = openDatabase(db.name, { ...bindingOption(nativeBinding), readonly: true });
  reader.pragma('query_only = ON');
  return reader;
}
