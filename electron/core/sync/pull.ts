import { toBeijingIso } from '../../../shared/time';
import { getMeta } from '../app/meta.repo';
import type { Db } from '../../../node-shared/db/connection';
import { deferSearchIndex, restoreSearchIndex, type DeferScope } from '../db/search-index';
import { createApplier } from './apply';
import { PlatformRequestError, type Page, type PlatformClient } from './platform-client';
import { withRetry, type RetryPolicy } from './retry';

/** Behind by more than this many changes, the name index is rebuilt once at the end instead of row by row. */
export const BULK_PULL = 20_000;

/**
 * A bulk pull that has more of the feed ahead of it than behind (an initial sync, resumed or not) builds the
 * secondary indexes once at its end too: that is cheaper than keeping them in step for most of the rows.
 */
const deferScope = (cursor: number, latest: number): DeferScope =>
  latest - cursor > cursor ? 'initial' : 'bulk';

/**
 * Several pages share one commit while the next page is already there: a bulk pull then commits every
 * ~50,000 rows instead of every page (the commits were a quarter of its CPU). A commit still never waits on the
 * platform and never holds the write lock for more than about a second, so the host's writes (checks, audit, on
 * their own connection, busy_timeout 5 s) wait no longer than for one page's apply today.
 */
const COMMIT_ROWS = 50_000;
const COMMIT_MS = 1_000;

/**
 * A transaction spanning pages: `applied` after each page; commits once enough rows or time have gone into it,
 * or when the next page still has to be waited for. Pages nest in it as savepoints (better-sqlite3), so a page
 * that fails rolls back alone and the pages before it commit with their cursor: exactly-once holds as with one
 * transaction per page, and a crash loses only uncommitted pages, which the committed cursor fetches again.
 */
function pageBatches(db: Db) {
  let rows = 0;
  let opened = 0;
  const commit = (): void => {
    if (db.inTransaction) db.exec('COMMIT');
    rows = 0;
  };
  return {
    beforePage: (): void => {
      if (db.inTransaction) return;
      db.exec('BEGIN IMMEDIATE');
      opened = Date.now();
    },
    applied: (count: number, nextReady: boolean): void => {
      rows += count;
      if (!nextReady || rows >= COMMIT_ROWS || Date.now() - opened >= COMMIT_MS) commit();
    },
    /** At the end, or after a failure: what was applied stands (a failed page has rolled back its savepoint). */
    close: (): void => {
      try {
        commit();
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      }
    },
  };
}

/** 32 MiB (negative: KiB, as SQLite takes it). */
const BULK_CACHE_KIB = -32_768;
/** 40 MB of WAL (4 KiB pages) instead of SQLite's 4 MB. */
const BULK_CHECKPOINT_PAGES = 10_000;

/**
 * This connection's settings while it bulk-loads. synchronous = NORMAL (in WAL) keeps every commit atomic — a
 * page's rows and its cursor still land together or not at all, so exactly-once holds — and only skips the fsync
 * per page: a power cut may lose the last pages, which the cursor then fetches again. The evidence the host
 * writes (checks, audit) goes through its own connection, still synchronous = FULL. A larger page cache keeps
 * the tables' B-trees in memory between pages, and a longer WAL between checkpoints copies a page written by
 * several pages of the feed into the database once.
 */
function bulkSettings(db: Db): () => void {
  const before = {
    synchronous: db.pragma('synchronous', { simple: true }),
    cache: db.pragma('cache_size', { simple: true }),
    checkpoint: db.pragma('wal_autocheckpoint', { simple: true }),
  };
  db.pragma('synchronous = NORMAL');
  db.pragma(`cache_size = ${BULK_CACHE_KIB}`);
  db.pragma(`wal_autocheckpoint = ${BULK_CHECKPOINT_PAGES}`);
  return () => {
    db.pragma(`synchronous = ${Number(before.synchronous)}`);
    db.pragma(`cache_size = ${Number(before.cache)}`);
    db.pragma(`wal_autocheckpoint = ${Number(before.checkpoint)}`);
  };
}

export type PullProgress = { applied: number; cursor: number; latest: number; ratePerSecond: number };
export type PullSummary = {
  applied: number;
  changed: number;
  flagged: number;
  cursor: number;
  latest: number;
};

/**
 * Pulls the change feed from the local cursor until caught up. Pages are fetched whole (a truncated page is
 * retried, never applied) and applied with their cursor atomically (apply.ts), several pages to a commit while the
 * platform keeps up (pageBatches).
 */
export async function pull(
  db: Db,
  client: PlatformClient,
  options: {
    pageSize: number;
    retry?: RetryPolicy;
    serverNow: () => Date;
    onProgress?: (progress: PullProgress) => void;
  },
): Promise<PullSummary> {
  const applier = createApplier(db);
  let cursor = Number(getMeta(db, 'sync_cursor') ?? 0);
  const summary: PullSummary = { applied: 0, changed: 0, flagged: 0, cursor, latest: cursor };
  const started = Date.now();
  let nextReady = false;
  const fetchPage = (after: number): Promise<Page> => {
    nextReady = false;
    const page = withRetry(() => client.pullPage(after, options.pageSize), options.retry);
    // Marked handled here: if applying the current page fails first, this one is never awaited.
    page.then(
      () => (nextReady = true),
      () => (nextReady = true),
    );
    return page;
  };
  const batches = pageBatches(db);
  let next = fetchPage(cursor);
  let first = true;
  let restoreSettings: (() => void) | null = null;
  try {
    for (;;) {
      const page = await next;
      if (page.end.latest < cursor) {
        throw new PlatformRequestError(
          'PLATFORM_BEHIND_CACHE',
          `市平台的数据序号（${page.end.latest}）小于本机已同步到的序号（${cursor}），市平台可能已重建；请联系管理员后重新登记本机`,
          false,
        );
      }
      if (first && page.end.latest - cursor > BULK_PULL) {
        restoreSettings = bulkSettings(db);
        deferSearchIndex(db, deferScope(cursor, page.end.latest));
      }
      first = false;
      // Ask for the following page before applying this one: the platform prepares it while we write.
      if (page.end.hasMore) next = fetchPage(page.end.next);
      batches.beforePage();
      const result = applier.applyPage(page.changes, page.end, toBeijingIso(options.serverNow()));
      // Caught up: the last page commits at once (nothing follows it to wait for).
      batches.applied(page.changes.length, page.end.hasMore && nextReady);
      cursor = page.end.next;
      summary.applied += result.applied;
      summary.changed += result.changed;
      summary.flagged += result.flagged;
      summary.cursor = cursor;
      summary.latest = page.end.latest;
      const seconds = Math.max(0.001, (Date.now() - started) / 1000);
      options.onProgress?.({
        applied: summary.applied,
        cursor,
        latest: page.end.latest,
        ratePerSecond: summary.applied / seconds,
      });
      if (!page.end.hasMore) return summary;
    }
  } finally {
    // Caught up or failed: name search and the queries must not stay without their indexes until the next pull.
    try {
      batches.close();
    } finally {
      try {
        restoreSearchIndex(db);
      } finally {
        restoreSettings?.();
      }
    }
  }
}
