import type { Db } from '../../node-shared/db/connection';
import { prepareUpsert, toRow } from '../../node-shared/db/upsert';
import { syncedTables, type SyncedTable } from '../../shared/platform-api/api';
import { retiredColumns, syncedColumns } from './synced-columns';

/** A row of an owned table exactly as the feed carries it: snake_case columns, measures' categories an array. */
export type FeedRow = Record<string, unknown>;

/**
 * The stored form of a measure's categories: distinct, sorted by code (UTF-16 order, which is byte order for
 * the ASCII codes in use), compact JSON. The table's triggers refuse any other form.
 */
const canonicalCategories = (value: unknown): string => {
  if (!Array.isArray(value)) throw new Error('measures.matter_categories must be an array of codes');
  const codes = [...new Set(value.map(String))].sort();
  return JSON.stringify(codes);
};

function toParams(table: SyncedTable, row: FeedRow): Record<string, unknown> {
  const columns = syncedColumns[table];
  const unknown = Object.keys(row).filter((name) => !columns.includes(name));
  if (unknown.length > 0) throw new Error(`${table}: unknown columns ${unknown.join(', ')}`);
  const params: Record<string, unknown> = {};
  const retired = retiredColumns[table];
  for (const column of columns) {
    const value = row[column] === undefined && retired.includes(column) ? null : row[column];
    // Every column is spelled out, nulls included: a missing one is a caller's bug, not a NULL (a retired
    // column excepted: nothing writes it any more).
    if (value === undefined) throw new Error(`${table}: column ${column} is missing`);
    params[column] =
      table === 'measures' && column === 'matter_categories' ? canonicalCategories(value) : value;
  }
  return params;
}

/**
 * Upserts rows in one transaction with the upsert the client uses too (node-shared/db/upsert.ts: ON CONFLICT DO
 * UPDATE, only when something differs), so reloading the same data adds nothing to the feed; the table's
 * triggers log each change. Returns the rows written.
 */
export function upsertRows(db: Db, table: SyncedTable, rows: readonly FeedRow[]): number {
  const upsert = prepareUpsert(db, table, syncedTables[table]);
  return db.transaction(() =>
    rows.reduce((written, row) => written + (upsert.run(toParams(table, row)) ? 1 : 0), 0),
  )();
}

/** Deletes rows by key in one transaction; each leaves a tombstone (and cascaded children theirs). */
export function deleteRows(db: Db, table: SyncedTable, keys: readonly string[]): number {
  const statement = db.prepare(`DELETE FROM ${table} WHERE ${syncedTables[table]} = ?`);
  return db.transaction(() => keys.reduce((deleted, key) => deleted + statement.run(key).changes, 0))();
}

/** One current row as the feed would send it, or null. */
export function readFeedRow(db: Db, table: SyncedTable, key: string): FeedRow | null {
  const found = db.prepare(`SELECT row FROM feed_${table} WHERE key = ?`).get(key) as
    { row: string } | undefined;
  return found === undefined ? null : (JSON.parse(found.row) as FeedRow);
}

/** camelCase domain objects (shared/domain) to feed rows: the client's columns, in snake_case. */
export const toFeedRow = (value: object): FeedRow => toRow(value);
