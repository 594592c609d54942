import type { Migration } from '../../../node-shared/db/migrate';
import { feedViewV1, jsonMembers, tableColumns } from '../frozen/change-log-v1';

/**
 * credit_records gains 处罚程序 (`procedure`, as the client's migration 16), and its feed view, which carries every
 * column of the table, is recreated with it. The change-log triggers select from the view by name, so they carry
 * the new column from here on without being recreated. Self-contained: frozen SQL only (../frozen/change-log-v1.ts).
 */
export const recordProcedure: Migration = {
  version: 12,
  name: 'record-procedure',
  up: (db) => {
    db.exec(`
      ALTER TABLE credit_records ADD COLUMN procedure TEXT CHECK (procedure IN ('simple', 'ordinary'));
      DROP VIEW feed_credit_records;
    `);
    db.exec(feedViewV1('credit_records', 'id', jsonMembers(tableColumns(db, 'credit_records'))));
  },
};
