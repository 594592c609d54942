import type { Db } from '../../../node-shared/db/connection';
import type { Migration } from '../../../node-shared/db/migrate';
import { indented } from '../../../node-shared/db/frozen/indented';
import * as registryV1 from '../../../node-shared/db/frozen/registry-tables-v1';
import {
  changesAppendOnlyV1,
  changesTableV1,
  changeTriggersV1,
  feedViewV1,
  jsonMembers,
  syncedTablesV1,
  tableColumns,
} from '../frozen/change-log-v1';

/** This migration was released with its SQL 2 spaces deep; SQLite keeps that in the stored text. */
const DEPTH = 2;

/**
 * The tables the platform owns and feeds down: the client's cache's (node-shared/db/frozen/registry-tables-v1.ts,
 * which client migration 1 runs too) so a feed row maps 1:1 onto a client row; the one difference is that
 * measures keep their matter categories in a JSON column (a sorted array of codes) instead of a join table,
 * so a measure is one row here and one change in the feed.
 */
const measures = `${registryV1.measureColumns},
  matter_categories TEXT NOT NULL
    CHECK (json_valid(matter_categories) AND json_type(matter_categories) = 'array'
      AND json_array_length(matter_categories) > 0)
) STRICT;
${registryV1.measuresIndex}
`;
const tables = [
  registryV1.listTypes,
  registryV1.matterCategories,
  registryV1.matters,
  measures,
  registryV1.subjects,
  registryV1.listEntries,
  registryV1.creditRecords,
]
  .map((table) => indented(table, DEPTH))
  .join('\n');

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

/**
 * Each table's feed view carries every column of it (changeTriggersV1 reads the row from there); a measure's
 * categories go in as JSON, not as the text of JSON, so the feed row carries a real array.
 */
function feedView(db: Db, table: string, key: string): string {
  if (table !== 'measures') return feedViewV1(table, key, jsonMembers(tableColumns(db, table)));
  const columns = tableColumns(db, table).filter((column) => column !== 'matter_categories');
  return feedViewV1(table, key, [...jsonMembers(columns), `'matter_categories', json(matter_categories)`]);
}

const tableNames = Object.keys(syncedTablesV1);

const changes = indented(`${changesTableV1('changes', tableNames)}${changesAppendOnlyV1}`, DEPTH);

export const syncedTables: Migration = {
  version: 1,
  name: 'synced-tables',
  up: (db) => {
    db.exec(tables);
    db.exec(measureCategoryGuards);
    db.exec(categoryInUse);
    db.exec(changes);
    for (const [table, key] of Object.entries(syncedTablesV1)) {
      db.exec(feedView(db, table, key));
      db.exec(changeTriggersV1(table, key));
    }
  },
};
