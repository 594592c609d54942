import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openDatabase, type Db } from '../connection';
import { migrate, type Migration } from '../migrate';

/**
 * For a migration's test: a function that opens an empty database file in a directory of its own, each closed
 * and removed after the test that opened it.
 */
export function freshDatabases(fileName: string): () => Db {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'ccw-migration-'));
    const db = openDatabase(join(dir, fileName));
    cleanups.push(() => {
      if (db.open) db.close();
      rmSync(dir, { recursive: true, force: true });
    });
    return db;
  };
}

/**
 * For a migration's test: a function that opens an empty database (as freshDatabases) migrated up to and
 * including `version` of `migrations`, to insert what an older release held before running the migration.
 */
export function databasesAt(fileName: string, migrations: readonly Migration[]): (version: number) => Db {
  const freshDb = freshDatabases(fileName);
  return (version) => {
    const db = freshDb();
    migrate(db, migrations.slice(0, version));
    return db;
  };
}
