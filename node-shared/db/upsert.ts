import type { Statement } from 'better-sqlite3';
import type { Db } from './connection';
import { dialectOf } from './dialect';

export type Upsert = {
  columns: string[];
  /** Writes the row (values taken by column name, missing ones as NULL); true if anything changed. */
  run: (row: Record<string, unknown>) => boolean;
  statement: Statement;
};

/** A table's columns in table order (the platform's PostgreSQL engine has no PRAGMA). */
const columnsSql = {
  sqlite: 'SELECT name FROM pragma_table_info(?)',
  postgres: `SELECT column_name AS name FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position`,
} as const;

/**
 * An upsert over every column of a table, keyed by `key`. ON CONFLICT DO UPDATE, never INSERT OR REPLACE: a
 * replace deletes the row first and would cascade away a subject's list entries and records. An identical row
 * changes nothing (`run` returns false), so callers can tell real changes from repeats.
 */
export function prepareUpsert(db: Db, table: string, key: string): Upsert {
  const columns = (db.prepare(columnsSql[dialectOf(db)]).all(table) as { name: string }[]).map(
    (column) => column.name,
  );
  const others = columns.filter((column) => column !== key);
  const statement = db.prepare(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
     ON CONFLICT (${key}) DO UPDATE SET ${others.map((column) => `${column} = excluded.${column}`).join(', ')}
     WHERE ${others.map((column) => `${table}.${column} IS DISTINCT FROM excluded.${column}`).join(' OR ')}`,
  );
  return {
    columns,
    statement,
    run: (row) => statement.run(columns.map((column) => row[column] ?? null)).changes > 0,
  };
}

/** A domain object (camelCase, shared/domain) as a row of its table (snake_case columns). */
export const toRow = (value: object): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(value).map(([name, field]) => [
      name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`),
      field,
    ]),
  );
