import type { Migration } from '../../../node-shared/db/migrate';
import { indented } from '../../../node-shared/db/frozen/indented';
import { subjectGradesTableV1 } from '../../../node-shared/db/frozen/subject-grades-v1';
import {
  changeTriggersV1,
  dropChangeTriggersV1,
  feedViewV1,
  jsonMembers,
  rebuildChangesV1,
  syncedTablesV11,
  syncedTablesV5,
  tableColumns,
} from '../frozen/change-log-v1';

/**
 * Grade results join the synced tables: subject_grades (the client's migration 15 creates the very same
 * columns), its feed view and change-log triggers; and the report registry keeps the 授权 of a natural
 * person's report as the window recorded it.
 *
 * subjects.grade, which stood for three different results at once, stays as a released column that nothing
 * reads any more. Its values are left as they are: every one of them was synthetic (the demo data set and the
 * city generator were its only writers; the department import never set it), and none says which scheme,
 * evaluator or date it belonged to, so moving them into subject_grades would invent exactly what this table
 * exists to record. Clearing them would only churn the feed (and flag checks for review) for nothing.
 *
 * Self-contained: frozen SQL only. The table is client migration 15's (node-shared/db/frozen/subject-grades-v1.ts);
 * its feed view carries every column of it. The change log's CHECK (tbl IN …) cannot be altered in place, so the
 * log is rebuilt as migration 5 did (every seq and the AUTOINCREMENT counter kept); the change triggers of every
 * synced table are dropped first and recreated after, since they write to the log (../frozen/change-log-v1.ts).
 */
export const gradesAndReportAuthorisation: Migration = {
  version: 11,
  name: 'grades-and-report-authorisation',
  up: (db) => {
    for (const table of Object.keys(syncedTablesV5)) db.exec(dropChangeTriggersV1(table));
    // Released 2 spaces deep (SQLite keeps that in the stored text).
    db.exec(indented(subjectGradesTableV1, 2));
    db.exec(feedViewV1('subject_grades', 'id', jsonMembers(tableColumns(db, 'subject_grades'))));
    rebuildChangesV1(db, Object.keys(syncedTablesV11));
    for (const [table, key] of Object.entries(syncedTablesV11)) db.exec(changeTriggersV1(table, key));
    db.exec(`ALTER TABLE reports ADD COLUMN authorisation TEXT
      CHECK (authorisation IS NULL OR json_valid(authorisation))`);
  },
};
