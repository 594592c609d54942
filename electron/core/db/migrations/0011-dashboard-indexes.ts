import type { Migration } from '../../../../node-shared/db/migrate';

/**
 * The compliance dashboard's 有审批无核查 reads the approval decisions of a period from the registry's credit
 * records (every subject's, half a million and more in a city cache): without this index each dashboard load
 * scans them all. The check look-up per decision rides on checks_by_subject.
 */
export const dashboardIndexes: Migration = {
  version: 11,
  name: 'dashboard-indexes',
  up: (db) => {
    db.exec(
      'CREATE INDEX credit_records_by_category_day ON credit_records (category, decision_on, source_department)',
    );
  },
};
