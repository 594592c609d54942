import type { Migration } from '../../../node-shared/db/migrate';
import { indented } from '../../../node-shared/db/frozen/indented';
import { objectionsTableV1 } from '../../../node-shared/db/frozen/objections-v1';
import {
  changeTriggersV1,
  dropChangeTriggersV1,
  feedViewV1,
  jsonMembers,
  rebuildChangesV1,
  syncedTablesV11,
  tableColumns,
} from '../frozen/change-log-v1';

/** The synced tables from this migration on: those of migration 11 and the objections. */
const syncedTablesV17: Readonly<Record<string, string>> = { ...syncedTablesV11, objections: 'id' };

/**
 * Objections (异议处理) join the synced tables: the table (the client's migration 18 creates the very same
 * columns, node-shared/db/frozen/objections-v1.ts), its feed view and change-log triggers. The change log's
 * CHECK (tbl IN …) cannot be altered in place, so the log is rebuilt as migrations 5 and 11 did (every seq and
 * the AUTOINCREMENT counter kept), the change triggers of every synced table dropped first and recreated after.
 * Self-contained: frozen SQL only.
 */
export const objections: Migration = {
  version: 17,
  name: 'objections',
  up: (db) => {
    for (const table of Object.keys(syncedTablesV11)) db.exec(dropChangeTriggersV1(table));
    db.exec(indented(objectionsTableV1, 4));
    db.exec(feedViewV1('objections', 'id', jsonMembers(tableColumns(db, 'objections'))));
    rebuildChangesV1(db, Object.keys(syncedTablesV17));
    for (const [table, key] of Object.entries(syncedTablesV17)) db.exec(changeTriggersV1(table, key));
  },
};
