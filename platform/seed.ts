import type { Db } from '../electron/core/db/connection';
import { loadCatalogue, loadDemoData } from '../electron/core/app/resources';
import type { SyncedTable } from '../shared/platform-api/api';
import { latestSeq } from './repo/feed.repo';
import { toFeedRow, upsertRows, type FeedRow } from './repo/registry.repo';
import { loadOrder } from './repo/synced-columns';

export type SeedOutcome = { catalogue: boolean; demo: boolean };

/**
 * First start: a platform whose change log is empty (it has never held registry data) gets the bundled
 * catalogue and, unless told otherwise, the demo data set, so a client can enrol and sync at once. Loaded
 * through the same upserts as any other write, so it all reaches clients through the feed. One transaction.
 */
export function seedIfEmpty(db: Db, resourcesDir: string, withDemo: boolean): SeedOutcome {
  if (latestSeq(db) > 0) return { catalogue: false, demo: false };
  const catalogue = loadCatalogue(resourcesDir);
  const demo = withDemo ? loadDemoData(resourcesDir) : null;
  const rows: Record<SyncedTable, FeedRow[]> = {
    matter_categories: catalogue.matterCategories.map(toFeedRow),
    list_types: catalogue.listTypes.map(toFeedRow),
    matters: catalogue.matters.map(toFeedRow),
    measures: catalogue.measures.map(toFeedRow),
    subjects: demo?.subjects.map(toFeedRow) ?? [],
    list_entries: demo?.listEntries.map(toFeedRow) ?? [],
    credit_records: demo?.records.map(toFeedRow) ?? [],
  };
  db.transaction(() => loadOrder.forEach((table) => upsertRows(db, table, rows[table])))();
  return { catalogue: true, demo: demo !== null };
}
