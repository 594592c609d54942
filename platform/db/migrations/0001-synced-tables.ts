import type { Migration } from '../../../node-shared/db/migrate';

/**
 * The tables the platform owns and feeds down. Columns and constraints are those of the client's cache
 * (electron/core/db/migrations/0001) so a feed row maps 1:1 onto a client row; the one difference is that
 * measures keep their matter categories in a JSON column (a sorted array of codes) instead of a join table,
 * so a measure is one row here and one change in the feed.
 */
const tables = `
  CREATE TABLE list_types (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('red', 'serious', 'abnormal')),
    authority TEXT NOT NULL
  ) STRICT;

  CREATE TABLE matter_categories (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
  ) STRICT;

  CREATE TABLE matters (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    category TEXT NOT NULL REFERENCES matter_categories (code),
    department TEXT NOT NULL
  ) STRICT;

  CREATE TABLE measures (
    code TEXT PRIMARY KEY,
    list_type TEXT NOT NULL REFERENCES list_types (code),
    name TEXT NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('incentive', 'punishment')),
    measure_class TEXT NOT NULL,
    legal_basis TEXT NOT NULL,
    effective_from TEXT NOT NULL,
    effective_to TEXT,
    matter_categories TEXT NOT NULL
      CHECK (json_valid(matter_categories) AND json_type(matter_categories) = 'array'
        AND json_array_length(matter_categories) > 0)
  ) STRICT;
  CREATE INDEX measures_by_list_type ON measures (list_type);

  CREATE TABLE subjects (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    identifier TEXT NOT NULL UNIQUE,
    identifier_kind TEXT NOT NULL CHECK (identifier_kind IN ('uscc', 'citizen-id')),
    kind TEXT NOT NULL CHECK (kind IN ('legal-person', 'individual-business', 'natural-person')),
    region_code TEXT NOT NULL,
    legal_representative TEXT,
    registered_on TEXT,
    address TEXT,
    status TEXT NOT NULL CHECK (status IN ('active', 'deregistered', 'revoked')),
    grade TEXT,
    updated_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE list_entries (
    id TEXT PRIMARY KEY,
    subject_id TEXT NOT NULL REFERENCES subjects (id) ON DELETE CASCADE,
    list_type TEXT NOT NULL REFERENCES list_types (code),
    listed_on TEXT NOT NULL,
    listing_unit TEXT NOT NULL,
    reason TEXT NOT NULL,
    document_number TEXT,
    expires_on TEXT,
    removed_on TEXT,
    status TEXT NOT NULL CHECK (status IN ('active', 'removed'))
  ) STRICT;
  CREATE INDEX list_entries_by_subject ON list_entries (subject_id);

  CREATE TABLE credit_records (
    id TEXT PRIMARY KEY,
    subject_id TEXT NOT NULL REFERENCES subjects (id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    title TEXT NOT NULL,
    content TEXT NOT NULL,
    source_department TEXT NOT NULL,
    decision_number TEXT,
    decision_on TEXT NOT NULL,
    publication_ends_on TEXT,
    status TEXT NOT NULL CHECK (status IN ('published', 'unpublished', 'repaired'))
  ) STRICT;
  CREATE INDEX credit_records_by_subject ON credit_records (subject_id);
`;

/**
 * The client's cache holds categories in a join table with a foreign key; here the same guarantees are kept by
 * triggers: the array is canonical (sorted, distinct) so the feed and the checksum never depend on who wrote
 * it, and every code must exist, so a client applying the feed in seq order never breaks its foreign key.
 */
const measureCategoryGuards = ['INSERT', 'UPDATE']
  .map(
    (event) => `
  CREATE TRIGGER measures_categories_${event.toLowerCase()} BEFORE ${event} ON measures
  WHEN json(NEW.matter_categories) IS NOT (SELECT json_group_array(value ORDER BY value)
         FROM (SELECT DISTINCT value FROM json_each(NEW.matter_categories)))
    OR EXISTS (SELECT 1 FROM json_each(NEW.matter_categories) AS item
         WHERE item.type <> 'text' OR item.value NOT IN (SELECT code FROM matter_categories))
  BEGIN
    SELECT RAISE(ABORT, 'measures.matter_categories must be a sorted, distinct array of known category codes');
  END;`,
  )
  .join('\n');

const categoryInUse = `
  CREATE TRIGGER matter_categories_in_use BEFORE DELETE ON matter_categories
  WHEN EXISTS (SELECT 1 FROM measures, json_each(measures.matter_categories) AS item WHERE item.value = OLD.code)
  BEGIN
    SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed: a measure still names this matter category');
  END;`;

/** Each table's feed row (key + JSON row, snake_case as in the client). Feed, snapshot and repair read these. */
const feedColumns: Record<string, { key: string; columns: string[] }> = {
  list_types: { key: 'code', columns: ['code', 'name', 'kind', 'authority'] },
  matter_categories: { key: 'code', columns: ['code', 'name'] },
  matters: { key: 'code', columns: ['code', 'name', 'category', 'department'] },
  measures: {
    key: 'code',
    columns: [
      'code',
      'list_type',
      'name',
      'direction',
      'measure_class',
      'legal_basis',
      'effective_from',
      'effective_to',
    ],
  },
  subjects: {
    key: 'id',
    columns: [
      'id',
      'name',
      'identifier',
      'identifier_kind',
      'kind',
      'region_code',
      'legal_representative',
      'registered_on',
      'address',
      'status',
      'grade',
      'updated_at',
    ],
  },
  list_entries: {
    key: 'id',
    columns: [
      'id',
      'subject_id',
      'list_type',
      'listed_on',
      'listing_unit',
      'reason',
      'document_number',
      'expires_on',
      'removed_on',
      'status',
    ],
  },
  credit_records: {
    key: 'id',
    columns: [
      'id',
      'subject_id',
      'category',
      'title',
      'content',
      'source_department',
      'decision_number',
      'decision_on',
      'publication_ends_on',
      'status',
    ],
  },
};

function feedView(table: string, key: string, columns: string[]): string {
  const pairs = columns.map((column) => `'${column}', ${column}`);
  // The array goes in as JSON, not as the text of JSON, so the feed row carries a real array.
  if (table === 'measures') pairs.push(`'matter_categories', json(matter_categories)`);
  return `CREATE VIEW feed_${table} AS SELECT ${key} AS key, json_object(${pairs.join(', ')}) AS row FROM ${table};`;
}

/**
 * The change log is written by triggers, so every write to an owned table (repository, generator, importer,
 * a hand-typed UPDATE) lands in the same transaction as its change; nobody can forget it. A key that changes
 * leaves a tombstone for the old key. Cascaded deletes (a subject's entries and records) fire these too.
 */
function changeTriggers(table: string, key: string): string {
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

const tableNames = Object.keys(feedColumns);

const changes = `
  CREATE TABLE changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    tbl TEXT NOT NULL CHECK (tbl IN (${tableNames.map((name) => `'${name}'`).join(', ')})),
    op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    key TEXT NOT NULL,
    row TEXT CHECK (row IS NULL OR json_valid(row)),
    CHECK ((op = 'delete') = (row IS NULL))
  ) STRICT;
  CREATE TRIGGER changes_append_only BEFORE UPDATE ON changes
    BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
`;

export const syncedTables: Migration = {
  version: 1,
  name: 'synced-tables',
  up: (db) => {
    db.exec(tables);
    db.exec(measureCategoryGuards);
    db.exec(categoryInUse);
    db.exec(changes);
    for (const [table, { key, columns }] of Object.entries(feedColumns)) {
      db.exec(feedView(table, key, columns));
      db.exec(changeTriggers(table, key));
    }
  },
};
