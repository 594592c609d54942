import type { Db } from '../../node-shared/db/connection';
import { loadCatalogue, loadDemoData } from '../../node-shared/resources';
import type { SyncedTable } from '../../shared/platform-api/api';
import { syncedTableOf } from '../../shared/platform-api/synced';
import { hasChanges } from '../feed/feed.repo';
import { toFeedRow, upsertRows, type FeedRow } from './registry.repo';
import { loadOrder, syncedColumns } from './synced-columns';

export type SeedOutcome = { catalogue: boolean; demo: boolean };

/** Registry data, as opposed to workflow items and rule tables (which the platform writes from its first start). */
const registryTables = loadOrder.filter((table) => syncedTableOf[table].kind === 'registry');

/**
 * A domain object's row with the columns it leaves out (nullish fields, e.g. a record's severity or a
 * representative's ID number) as NULL.
 */
const completeRow = (table: SyncedTable, value: object): FeedRow => ({
  ...Object.fromEntries(syncedColumns[table].map((column) => [column, null])),
  ...toFeedRow(value),
});

/**
 * First start: a platform whose change log holds no registry data gets the bundled catalogue and, unless told
 * otherwise, the demo data set, so a client can enrol and sync at once. Loaded through the same upserts as any
 * other write, so it all reaches clients through the feed. One transaction.
 */
export function seedIfEmpty(db: Db, resourcesDir: string, withDemo: boolean): SeedOutcome {
  // Immediate: of two processes starting together on one database, the second waits here and then finds the
  // first one's seed (the check is inside the transaction), so the catalogue is seeded once.
  return db.transaction(() => seedInTransaction(db, resourcesDir, withDemo)).immediate();
}

function seedInTransaction(db: Db, resourcesDir: string, withDemo: boolean): SeedOutcome {
  if (hasChanges(db, registryTables)) return { catalogue: false, demo: false };
  const catalogue = loadCatalogue(resourcesDir);
  const demo = withDemo ? loadDemoData(resourcesDir) : null;
  const rows: Record<SyncedTable, FeedRow[]> = {
    matter_categories: catalogue.matterCategories.map(toFeedRow),
    list_types: catalogue.listTypes.map(toFeedRow),
    matters: catalogue.matters.map(toFeedRow),
    measures: catalogue.measures.map(toFeedRow),
    subjects: demo?.subjects.map((subject) => completeRow('subjects', subject)) ?? [],
    list_entries: demo?.listEntries.map(toFeedRow) ?? [],
    credit_records: demo?.records.map((record) => completeRow('credit_records', record)) ?? [],
    subject_grades: demo?.grades.map(toFeedRow) ?? [],
    // Written by the workflow and by seedRuleTables (platform/rules/rule-tables.ts), not by the seed.
    rule_tables: [],
    commitments: [],
    repair_applications: [],
    objections: [],
  };
  loadOrder.forEach((table) => upsertRows(db, table, rows[table]));
  return { catalogue: true, demo: demo !== null };
}
