import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations as clientMigrations } from '../electron/core/db/migrations';
import { openDatabase, type Db } from '../node-shared/db/connection';
import { migrate } from '../node-shared/db/migrate';
import { openPlatformDb } from '../platform/db/open-platform-db';
import { syncedColumns } from '../shared/platform-api/synced';
import { tempDir } from '../platform/testing/temp-platform';
import { syncedTables, type SyncedTable } from '../shared/platform-api/api';

// The client's cache and the platform hold the synced tables with the very same columns, the ones each table's
// declaration names (shared/platform-api/synced): a feed row maps 1:1.

let cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.forEach((fn) => fn());
  cleanup = [];
});

function platformDb(): Db {
  const dir = tempDir();
  const db = openPlatformDb(dir.path);
  cleanup.push(() => {
    db.close();
    dir.remove();
  });
  return db;
}

const columnsOf = (db: Db, table: string): string[] =>
  (
    db.prepare(`SELECT name FROM pragma_table_info('${table}') ORDER BY name`).all() as { name: string }[]
  ).map((column) => column.name);

const tables = Object.keys(syncedTables) as SyncedTable[];

describe('synced tables', () => {
  it("owns tables with exactly the client cache's columns (measures: plus their categories array)", () => {
    const dir = tempDir();
    const client = openDatabase(join(dir.path, 'cache.sqlite3'));
    cleanup.push(() => {
      client.close();
      dir.remove();
    });
    migrate(client, clientMigrations);
    const db = platformDb();
    for (const table of tables) {
      const expected = [
        ...columnsOf(client, table),
        ...(table === 'measures' ? ['matter_categories'] : []),
      ].sort();
      expect(columnsOf(db, table), table).toEqual(expected);
      expect([...syncedColumns[table]].sort(), table).toEqual(expected);
    }
  });
});
