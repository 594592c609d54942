import { creditRecordColumnsDdl, workflowTablesDdl } from '../../../node-shared/db/frozen/workflow-tables-v1';
import type { Db } from '../../../node-shared/db/connection';
import type { Migration } from '../../../node-shared/db/migrate';
import {
  changeTriggersV1,
  dropChangeTriggersV1,
  feedViewV1,
  jsonMembers,
  rebuildChangesV1,
  syncedTablesV1,
  syncedTablesV5,
  tableColumns,
} from '../frozen/change-log-v1';

/**
 * Commitments, repair applications and rule tables join the synced tables (the client's own DDL, run as is, so
 * a feed row maps 1:1 onto its row), credit records gain their workflow columns, devices get the number behind
 * their commitment codes, and an outbox entry may now be answered 'conflict'.
 *
 * The new tables and credit_records' new columns run the frozen DDL client migration 6 also runs
 * (node-shared/db/frozen/workflow-tables-v1.ts), so both sides create the very same columns. Both
 * migrations are released and never edited (a change is a new migration on each side). The feed views and the
 * change log come from the frozen change-log text (../frozen/change-log-v1.ts); a view carries every column
 * of its table, read from the table, so no column is written out here. integration/synced-schema.test.ts
 * compares the two databases table by table.
 */

/** The feed views this migration (re)creates. JSON columns (attachments, history, content …) go in as text. */
const newViews = ['credit_records', 'commitments', 'repair_applications', 'rule_tables'];

/** device_mutations' status CHECK gains 'conflict' (a retry of a refused edit gets the same answer again). */
function rebuildDeviceMutations(db: Db): void {
  db.exec(`
    CREATE TABLE device_mutations_next (
      device_id TEXT NOT NULL REFERENCES devices (id),
      mutation_id INTEGER NOT NULL CHECK (mutation_id > 0),
      kind TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('applied', 'rejected', 'conflict')),
      result TEXT NOT NULL CHECK (json_valid(result)),
      received_at TEXT NOT NULL,
      fingerprint TEXT,
      PRIMARY KEY (device_id, mutation_id)
    ) STRICT, WITHOUT ROWID;
    INSERT INTO device_mutations_next (device_id, mutation_id, kind, status, result, received_at, fingerprint)
      SELECT device_id, mutation_id, kind, status, result, received_at, fingerprint FROM device_mutations;
    DROP TABLE device_mutations;
    ALTER TABLE device_mutations_next RENAME TO device_mutations;
  `);
}

/** Devices enrolled before get 1, 2, 3 … in order of enrolment (a city has far fewer than 999 windows). */
const deviceNumbers = `
  ALTER TABLE devices ADD COLUMN number INTEGER CHECK (number BETWEEN 1 AND 999);
  CREATE UNIQUE INDEX devices_by_number ON devices (number);
  WITH ranked AS (SELECT id, row_number() OVER (ORDER BY enrolled_at, id) AS n FROM devices)
  UPDATE devices SET number = ranked.n FROM ranked WHERE ranked.id = devices.id AND ranked.n <= 999;
`;

export const commitmentsAndRepairs: Migration = {
  version: 5,
  name: 'commitments-and-repairs',
  up: (db) => {
    // Off while the log and credit_records are rebuilt and altered; recreated below for every table.
    for (const table of Object.keys(syncedTablesV1)) db.exec(dropChangeTriggersV1(table));
    db.exec('DROP VIEW feed_credit_records');
    db.exec(workflowTablesDdl);
    db.exec(creditRecordColumnsDdl);
    rebuildChangesV1(db, Object.keys(syncedTablesV5));
    for (const table of newViews) db.exec(feedViewV1(table, 'id', jsonMembers(tableColumns(db, table))));
    for (const [table, key] of Object.entries(syncedTablesV5)) db.exec(changeTriggersV1(table, key));
    db.exec(deviceNumbers);
    rebuildDeviceMutations(db);
  },
};
