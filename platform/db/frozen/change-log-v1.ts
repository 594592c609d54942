// Frozen SQL of the platform's change log, shared by its migrations: no imports but types and frozen text, never
// edited once released (a new form is a new file). White space inside the templates is kept as released: SQLite
// stores it.
import type { Db } from '../../../node-shared/db/connection';
import { indented } from '../../../node-shared/db/frozen/indented';

/** The synced tables and the column that keys each, as platform migration 1 created them. */
export const syncedTablesV1: Readonly<Record<string, string>> = {
  list_types: 'code',
  matter_categories: 'code',
  matters: 'code',
  measures: 'code',
  subjects: 'id',
  list_entries: 'id',
  credit_records: 'id',
};
/** Migration 5 adds the workflow items and the rule tables. */
export const syncedTablesV5: Readonly<Record<string, string>> = {
  ...syncedTablesV1,
  commitments: 'id',
  repair_applications: 'id',
  rule_tables: 'id',
};
/** Migration 11 adds grade results. */
export const syncedTablesV11: Readonly<Record<string, string>> = { ...syncedTablesV5, subject_grades: 'id' };

/**
 * A table's columns in table order, read from the database being migrated: a feed view carries every column of
 * its table, so a migration needs no list of its own (which would be one more place a column is written).
 */
export const tableColumns = (db: Db, table: string): string[] =>
  (db.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as { name: string }[]).map(
    (column) => column.name,
  );

/** The json_object arguments of a feed row: each column under its own name. */
export const jsonMembers = (columns: readonly string[]): string[] =>
  columns.map((column) => `'${column}', ${column}`);

/** A table's feed row (key + JSON row, snake_case as in the client). Feed, snapshot and repair read these. */
export const feedViewV1 = (table: string, key: string, members: readonly string[]): string =>
  `CREATE VIEW feed_${table} AS SELECT ${key} AS key, json_object(${members.join(', ')}) AS row FROM ${table};`;

/**
 * The change log is written by triggers, so every write to an owned table (repository, generator, importer,
 * a hand-typed UPDATE) lands in the same transaction as its change; nobody can forget it. A key that changes
 * leaves a tombstone for the old key. Cascaded deletes (a subject's entries and records) fire these too.
 */
export function changeTriggersV1(table: string, key: string): string {
  const upsert = `INSERT INTO changes (tbl, op, key, row)
      SELECT '${table}', 'upsert', key, row FROM feed_${table} WHERE key = NEW.${key};`;
  return `
  CREATE TRIGGER ${table}_log_insert AFTER INSERT ON ${table} BEGIN
    ${upsert}
  END;
  CREATE TRIGGER ${table}_log_update AFTER UPDATE ON ${table} BEGIN
    INSERT INTO changes (tbl, op, key, row) SELECT '${table}', 'delete', OLD.${key}, NULL WHERE OLD.${key} IS NOT NEW.${key};
    ${upsert}
  END;
  CREATE TRIGGER ${table}_log_delete AFTER DELETE ON ${table} BEGIN
    INSERT INTO changes (tbl, op, key, row) VALUES ('${table}', 'delete', OLD.${key}, NULL);
  END;`;
}

/** Off while a migration rebuilds the log or alters the table; recreated with changeTriggersV1 after. */
export const dropChangeTriggersV1 = (table: string): string =>
  ['insert', 'update', 'delete'].map((event) => `DROP TRIGGER ${table}_log_${event};`).join('\n');

/** The change log (written at depth 0, see indented.ts), as `name`: a rebuild creates it anew, then renames it. */
export const changesTableV1 = (name: string, tableNames: readonly string[]): string => `CREATE TABLE ${name} (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  tbl TEXT NOT NULL CHECK (tbl IN (${tableNames.map((table) => `'${table}'`).join(', ')})),
  op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
  key TEXT NOT NULL,
  row TEXT CHECK (row IS NULL OR json_valid(row)),
  CHECK ((op = 'delete') = (row IS NULL))
) STRICT;
`;

export const changesAppendOnlyV1 = `CREATE TRIGGER changes_append_only BEFORE UPDATE ON changes
  BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
`;

/**
 * The change log's CHECK (tbl IN …) cannot be altered in place: the table is rebuilt, every seq kept, and the
 * AUTOINCREMENT counter carried over so a new change never reuses a seq a client may already have seen.
 * Migrations 5 and 11 released this text 4 spaces deep.
 */
export function rebuildChangesV1(db: Db, tableNames: readonly string[]): void {
  const counter = db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'changes'").get() as
    { seq: number } | undefined;
  db.exec(indented(changesTableV1('changes_next', tableNames), 4));
  db.exec(`
    INSERT INTO changes_next (seq, tbl, op, key, row) SELECT seq, tbl, op, key, row FROM changes ORDER BY seq;
    DROP TABLE changes;
    ALTER TABLE changes_next RENAME TO changes;
  `);
  db.exec(indented(changesAppendOnlyV1, 4));
  if (counter === undefined) return;
  const raised = db
    .prepare("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'changes'")
    .run(counter.seq);
  if (raised.changes === 0)
    db.prepare("INSERT INTO sqlite_sequence (name, seq) VALUES ('changes', ?)").run(counter.seq);
}
