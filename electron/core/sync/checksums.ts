import { tableHasher } from '../../../shared/platform-api/checksum';
import { syncedTables, type SyncedTable } from '../../../shared/platform-api/api';
import type { Db } from '../../../node-shared/db/connection';

/**
 * The cache's checksum of each synced table, computed like the platform's (shared/platform-api/checksum.ts) over the
 * rows as the feed carries them: the table's columns, and for measures their categories as a sorted array.
 */
export function localChecksums(db: Db): Record<SyncedTable, { count: number; hash: string }> {
  const categories = new Map<string, string[]>();
  for (const row of db
    .prepare('SELECT measure_code, category FROM measure_matter_categories ORDER BY measure_code, category')
    .iterate() as IterableIterator<{ measure_code: string; category: string }>) {
    const list = categories.get(row.measure_code) ?? [];
    list.push(row.category);
    categories.set(row.measure_code, list);
  }
  const result = {} as Record<SyncedTable, { count: number; hash: string }>;
  for (const table of Object.keys(syncedTables) as SyncedTable[]) {
    const hasher = tableHasher();
    for (const row of db.prepare(`SELECT * FROM ${table}`).iterate() as IterableIterator<
      Record<string, unknown>
    >) {
      hasher.add(
        table === 'measures' ? { ...row, matter_categories: categories.get(String(row.code)) ?? [] } : row,
      );
    }
    result[table] = hasher.result();
  }
  return result;
}
