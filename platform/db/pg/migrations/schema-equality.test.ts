import { afterEach, expect, it } from 'vitest';
import { openDatabase } from '../../../../node-shared/db/connection';
import { migrate } from '../../../../node-shared/db/migrate';
import { describePg, freshPgDatabases } from '../../../testing/pg-databases';
import { platformMigrations } from '../../migrations';
import { openPgDatabase, type PgDatabase } from '../engine';
import { migratePg } from '../engine-migrate';
import { SCHEMA_VERSION_TABLE } from '../engine-pragma';
import { platformPgMigrations } from './index';

// The PostgreSQL baseline repeats the SQLite platform schema in a dialect of its own (0001-baseline-tables.ts),
// and each engine's later migrations must keep doing so. Compared here, table by table, as each engine reports
// it (SQLite's pragmas, PostgreSQL's catalogue on the run's throwaway cluster): the tables, their column names
// in order, which columns may be NULL, the primary key and every unique key. A column, key or table added to
// one engine only fails this test. Types and CHECKs are not compared: the dialects spell them differently, and
// baseline.test.ts shows PostgreSQL refusing what SQLite refuses.

type TableShape = {
  columns: string[];
  /** Columns that accept NULL. */
  nullable: string[];
  primaryKey: string[];
  /** Each unique key (constraint or unique index) as its columns joined by commas, partial ones marked. */
  uniqueKeys: string[];
};
type Schema = Record<string, TableShape>;

/**
 * Where the engines differ on purpose, with the reason. Everything not named here must be equal.
 */
const ONLY_ON_POSTGRES: Readonly<Record<string, string>> = {
  // SQLite keeps the schema version in its header (PRAGMA user_version); PostgreSQL has no such field, so the
  // engine keeps it in a table of its own (engine-pragma.ts).
  [SCHEMA_VERSION_TABLE]: 'SQLite 的 user_version 在 PostgreSQL 上的替代',
};

/** A primary key column is never NULL on PostgreSQL; SQLite's pragma says so only when the DDL does. */
const normalise = (shape: TableShape): TableShape => ({
  ...shape,
  nullable: shape.nullable.filter((column) => !shape.primaryKey.includes(column)),
  uniqueKeys: [...shape.uniqueKeys].sort(),
});

type SqliteColumn = { name: string; notnull: number; pk: number };
type SqliteIndex = { name: string; unique: number; origin: string; partial: number };
type SqliteIndexColumn = { seqno: number; name: string | null };

function sqliteSchema(): Schema {
  const db = openDatabase(':memory:');
  try {
    const migrated = migrate(db, platformMigrations);
    if (!migrated.ok) throw new Error(migrated.error.message);
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
      )
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      tables.map((table) => {
        const columns = db.pragma(`table_info(${JSON.stringify(table)})`) as SqliteColumn[];
        const indexes = db.pragma(`index_list(${JSON.stringify(table)})`) as SqliteIndex[];
        const uniqueKeys = indexes
          .filter((index) => index.unique === 1 && index.origin !== 'pk')
          .map((index) => {
            const keyColumns = (db.pragma(`index_info(${JSON.stringify(index.name)})`) as SqliteIndexColumn[])
              .sort((a, b) => a.seqno - b.seqno)
              .map((column) => column.name ?? '(表达式)');
            return `${keyColumns.join(',')}${index.partial === 1 ? ' (部分)' : ''}`;
          });
        const shape: TableShape = {
          columns: columns.map((column) => column.name),
          nullable: columns.filter((column) => column.notnull === 0).map((column) => column.name),
          primaryKey: columns
            .filter((column) => column.pk > 0)
            .sort((a, b) => a.pk - b.pk)
            .map((column) => column.name),
          uniqueKeys,
        };
        return [table, normalise(shape)];
      }),
    );
  } finally {
    db.close();
  }
}

const PG_TABLES = `
  SELECT table_name FROM information_schema.tables
  WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`;
const PG_COLUMNS = `
  SELECT column_name, is_nullable FROM information_schema.columns
  WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position`;
// Every unique index on the table (a PRIMARY KEY or UNIQUE constraint is one too), its key columns in order; a
// column number 0 is an expression.
const PG_UNIQUE_INDEXES = `
  SELECT i.indisprimary AS is_primary, i.indpred IS NOT NULL AS is_partial,
         array_to_json(ARRAY(
           SELECT coalesce(a.attname, '(表达式)')
           FROM generate_series(0, i.indnkeyatts - 1) AS k(position)
           LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k.position]
           ORDER BY k.position))::text AS key_columns
  FROM pg_index i
  WHERE i.indrelid = to_regclass(quote_ident(?)) AND i.indisunique`;

function postgresSchema(db: PgDatabase): Schema {
  const tables = db.prepare(PG_TABLES).pluck().all() as string[];
  return Object.fromEntries(
    tables.map((table) => {
      const columns = db.prepare(PG_COLUMNS).all(table) as { column_name: string; is_nullable: string }[];
      const indexes = db.prepare(PG_UNIQUE_INDEXES).all(table) as {
        is_primary: boolean;
        is_partial: boolean;
        key_columns: string;
      }[];
      const keyOf = (index: (typeof indexes)[number]): string[] => JSON.parse(index.key_columns) as string[];
      const primary = indexes.find((index) => index.is_primary);
      const shape: TableShape = {
        columns: columns.map((column) => column.column_name),
        nullable: columns
          .filter((column) => column.is_nullable === 'YES')
          .map((column) => column.column_name),
        primaryKey: primary === undefined ? [] : keyOf(primary),
        uniqueKeys: indexes
          .filter((index) => !index.is_primary)
          .map((index) => `${keyOf(index).join(',')}${index.is_partial ? ' (部分)' : ''}`),
      };
      return [table, normalise(shape)];
    }),
  );
}

describePg('the platform schema on SQLite and on PostgreSQL', () => {
  const freshDb = freshPgDatabases();
  const opened: PgDatabase[] = [];
  afterEach(() => {
    for (const db of opened.splice(0)) db.close();
  });

  const migratedPg = async (): Promise<PgDatabase> => {
    const db = openPgDatabase(await freshDb());
    opened.push(db);
    migratePg(db, platformPgMigrations);
    return db;
  };

  it('has the same tables, columns in order, nullability, primary keys and unique keys on both engines', async () => {
    const onSqlite = sqliteSchema();
    const onPostgres = postgresSchema(await migratedPg());
    for (const table of Object.keys(ONLY_ON_POSTGRES)) {
      expect(onPostgres, `${table} 应只在 PostgreSQL 上存在`).toHaveProperty([table]);
      expect(onSqlite).not.toHaveProperty([table]);
      delete onPostgres[table];
    }
    expect(Object.keys(onPostgres).sort()).toEqual(Object.keys(onSqlite).sort());
    for (const [table, shape] of Object.entries(onSqlite)) expect(onPostgres[table], table).toEqual(shape);
    // The comparison has something to compare: the feed, the evidence and the accounts are all there.
    expect(Object.keys(onSqlite)).toEqual(expect.arrayContaining(['changes', 'devices', 'device_mutations']));
  });

  it('tells a column added to one engine only', async () => {
    const db = await migratedPg();
    db.exec('ALTER TABLE devices ADD COLUMN only_here text');
    const onPostgres = postgresSchema(db);
    expect(onPostgres.devices?.columns).toEqual([...(sqliteSchema().devices?.columns ?? []), 'only_here']);
    expect(onPostgres.devices).not.toEqual(sqliteSchema().devices);
  });
});
