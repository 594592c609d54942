import type { Migration } from '../../../../node-shared/db/migrate';
import { indented } from '../../../../node-shared/db/frozen/indented';
import * as registryV1 from '../../../../node-shared/db/frozen/registry-tables-v1';

/** This migration was released with its SQL 6 spaces deep; SQLite keeps that in the stored text. */
const DEPTH = 6;

/**
 * The registry the platform owns (subjects, records, list entries) and the catalogues (matters, measures): the
 * tables platform migration 1 creates too (node-shared/db/frozen/registry-tables-v1.ts), except that here a
 * measure's matter categories are rows of a join table. Released: never edit, add a migration instead.
 */
export const registryAndCatalogue: Migration = {
  version: 1,
  name: 'registry-and-catalogue',
  up: (db) => {
    db.exec(`
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
    for (const table of [
      registryV1.subjects,
      registryV1.listTypes,
      registryV1.matterCategories,
      registryV1.matters,
    ])
      db.exec(indented(table, DEPTH));
    db.exec(indented(`${registryV1.measureColumns}\n) STRICT;\n${registryV1.measuresIndex}\n`, DEPTH));
    db.exec(`
      CREATE TABLE measure_matter_categories (
        measure_code TEXT NOT NULL REFERENCES measures (code) ON DELETE CASCADE,
        category TEXT NOT NULL REFERENCES matter_categories (code),
        PRIMARY KEY (measure_code, category)
      ) STRICT, WITHOUT ROWID;
    `);
    for (const table of [registryV1.listEntries, registryV1.creditRecords]) db.exec(indented(table, DEPTH));
  },
};
