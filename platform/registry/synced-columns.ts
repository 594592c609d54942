import type { SyncedTable } from '../../shared/platform-api/api';

// The platform's column lists, all derived from the one declaration of each synced table
// (shared/platform-api/synced): the generator, the importer and the seed write through these names.
export { creditRecordBaseColumns } from '../../shared/platform-api/synced/registry';
export { retiredColumns, syncedColumns } from '../../shared/platform-api/synced';

/** Parents before children: the order in which a full load must write, and a client can apply. */
export const loadOrder: readonly SyncedTable[] = [
  'rule_tables',
  'matter_categories',
  'list_types',
  'matters',
  'measures',
  'subjects',
  'list_entries',
  'credit_records',
  'subject_grades',
  'commitments',
  'repair_applications',
  'objections',
];
