import { syncedTables, type Change, type SyncedTable } from '../../../shared/platform-api/api';
import { toBeijingIso } from '../../../shared/time';
import { getMeta } from '../app/meta.repo';
import type { Db } from '../../../node-shared/db/connection';
import { createApplier } from './apply';
import { localChecksumsYielding } from './checksums';
import { locallyHeldKeysSql } from './local-edits';
import type { PlatformClient } from './platform-client';
import { withRetry, type RetryPolicy } from './retry';

export type AntiEntropySummary =
  | { outcome: 'skipped'; reason: string }
  | {
      outcome: 'checked';
      differing: SyncedTable[];
      repairedRows: number;
      removedRows: number;
      /** 需复核 flags raised by the repair (it changes subjects like any pull). */
      flagged: number;
    };

const BATCH = 5_000;

/**
 * Compares the cache with the platform's snapshot checksums and re-pulls whole tables that differ (a row lost
 * to a bug, a hand edit, a restored backup). Only meaningful when both stand at the same seq.
 */
export async function antiEntropy(
  db: Db,
  client: PlatformClient,
  options: { serverNow: () => Date; retry?: RetryPolicy },
): Promise<AntiEntropySummary> {
  // The platform hashes its tables while the cache hashes its own: each takes seconds at a city's scale.
  const remoteChecksums = withRetry(() => client.snapshot(), options.retry);
  // Marked handled here: should the local hashing fail first, it is never awaited.
  remoteChecksums.catch(() => undefined);
  const cursor = Number(getMeta(db, 'sync_cursor') ?? 0);
  const local = await localChecksumsYielding(db);
  const snapshot = await remoteChecksums;
  if (snapshot.seq !== cursor)
    return { outcome: 'skipped', reason: `platform at ${snapshot.seq}, cache at ${cursor}` };
  // Parents first, so a repaired child never points at a missing parent.
  const differing = (Object.keys(syncedTables) as SyncedTable[]).filter((table) => {
    const remote = snapshot.tables[table];
    return remote === undefined || remote.count !== local[table].count || remote.hash !== local[table].hash;
  });
  const applier = createApplier(db);
  const end = { end: true as const, next: cursor, hasMore: false, latest: snapshot.seq };
  const at = (): string => toBeijingIso(options.serverNow());
  let repairedRows = 0;
  let removedRows = 0;
  let flagged = 0;
  db.exec(
    'CREATE TEMP TABLE IF NOT EXISTS seen_keys (tbl TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (tbl, key))',
  );
  db.exec('DELETE FROM temp.seen_keys');
  const remember = db.prepare('INSERT OR IGNORE INTO temp.seen_keys (tbl, key) VALUES (?, ?)');
  // First every differing table's rows, parents first, so no child points at a missing parent…
  for (const table of differing) {
    let batch: Change[] = [];
    const flush = (): void => {
      db.transaction(() => batch.forEach((change) => remember.run(table, change.key)))();
      const applied = applier.applyPage(batch, end, at());
      repairedRows += applied.changed;
      flagged += applied.flagged;
      batch = [];
    };
    await withRetry(async () => {
      batch = [];
      await client.tableRows(table, ({ key, row }) => {
        batch.push({ seq: cursor + 1, table, op: 'upsert', key, row });
        if (batch.length >= BATCH) flush();
      });
      if (batch.length > 0) flush();
    }, options.retry);
  }
  // …then what the platform no longer has, children first, so no parent is deleted under its children. Only
  // tables whose stream arrived whole get here (tableRows throws on a cut one).
  for (const table of [...differing].reverse()) {
    const key = syncedTables[table];
    // Rows of edits the platform has not accepted yet (workflow items, provisional records) stay.
    const held = locallyHeldKeysSql(table);
    const stale = db
      .prepare(
        `SELECT ${key} FROM ${table} WHERE ${key} NOT IN (SELECT key FROM temp.seen_keys WHERE tbl = ?)
         ${held === null ? '' : `AND ${key} NOT IN (${held})`}`,
      )
      .pluck()
      .all(table) as string[];
    const removals: Change[] = stale.map((staleKey) => ({
      seq: cursor + 1,
      table,
      op: 'delete',
      key: staleKey,
      row: null,
    }));
    const removed = applier.applyPage(removals, end, at());
    removedRows += removed.changed;
    flagged += removed.flagged;
  }
  return { outcome: 'checked', differing, repairedRows, removedRows, flagged };
}
