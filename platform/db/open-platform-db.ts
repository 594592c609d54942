import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type Db, type OpenOptions } from '../../node-shared/db/connection';
import { migrate } from '../../node-shared/db/migrate';
import { platformMigrations } from './migrations';

export const PLATFORM_DB_FILE = 'platform.sqlite3';

/** Embedded in the desktop client, the platform runs on Electron's build of better-sqlite3. */
const bindingOption = (nativeBinding: string | undefined): OpenOptions =>
  nativeBinding === undefined ? {} : { nativeBinding };

/**
 * Opens (creating if needed) the platform's database in dataDir and brings it to the newest schema. A database
 * written by a newer platform is refused untouched: the error carries the Chinese message for the operator.
 */
export function openPlatformDb(dataDir: string, nativeBinding?: string): Db {
  mkdirSync(dataDir, { recursive: true });
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
 * A second, read-only connection on the same file for long reads (feed pages, table dumps, checksums). An open
 * better-sqlite3 iterator makes its connection refuse writes, and in WAL mode a reader sees one consistent
 * snapshot without holding writers back, so streams never share the connection that takes pushes.
 */
export function openReader(db: Db, nativeBinding?: string): Db {
  if (db.memory)
    throw new Error('the platform needs a database file: streams read through a second connection');
  const reader = openDatabase(db.name, { ...bindingOption(nativeBinding), readonly: true });
  reader.pragma('query_only = ON');
  return reader;
}
