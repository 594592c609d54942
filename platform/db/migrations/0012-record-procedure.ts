import type { Migration } from '../../../node-shared/db/migrate';

/**
 * credit_records gains 处罚程序 (`procedure`, as the client's migration 12), and its feed view, which lists the
 * columns a feed row carries, is recreated with it. The change-log triggers select from the view by name, so
 * they carry the new column from here on without being recreated. Self-contained: the column list is this
 * file's own; platform/registry/registry.repo.test.ts compares both databases and syncedColumns.
 */
const creditRecordColumns = [
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
  'severity',
  'domain',
  'commitment_id',
  'commitment_failure',
  'repair_outcome',
  'repaired_on',
  'procedure',
];

export const recordProcedure: Migration = {
  version: 12,
  name: 'record-procedure',
  up: (db) => {
    db.exec(`
      ALTER TABLE credit_records ADD COLUMN procedure TEXT CHECK (procedure IN ('simple', 'ordinary'));
      DROP VIEW feed_credit_records;
      CREATE VIEW feed_credit_records AS SELECT id AS key, json_object(${creditRecordColumns
        .map((column) => `'${column}', ${column}`)
        .join(', ')}) AS row FROM credit_records;
    `);
  },
};
