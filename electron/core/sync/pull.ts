import { toBeijingIso } from '../../../shared/time';
import { getMeta } from '../app/meta.repo';
import type { Db } from '../../../node-shared/db/connection';
import {
  deferSearchIndex,
  restoreSearchIndex,
  searchIndexDeferred,
  type DeferScope,
} from '../db/search-index';
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

/** 32 MiB (negative: KiB, as SQLite takes it). */
const BULK_CACHE_KIB = -32_768;
/** 40 MB of WAL (4 KiB pages) instead of SQLite's 4 MB. */
const BULK_CHECKPOINT_PAGES = 10_000;
/** Helper threads SQLite's sorter may use while the indexes are built (CREATE INDEX, the sorted bigram insert). */
const INDEX_BUILD_THREADS = 1;
/** 4 MiB while the indexes are built: the sorter's memory follows the page cache. */
const INDEX_BUILD_CACHE_KIB = -4_096;

type BulkSettings = {
  /** For the one-pass builds at the end of the load. */
  building: () => void;
  /** Back to the connection's own settings. */
  restore: () => void;
};

/**
 * This connection's settings while it bulk-loads. synchronous = NORMAL (in WAL) keeps every commit atomic — a
 * page's rows and its cursor still land together or not at all, so exactly-once holds — and only skips the fsync
 * per page: a power cut may lose the last pages, which the cursor then fetches again. The evidence the host
 * writes (checks, audit) goes through its own connection, still synchronous = FULL. A larger page cache keeps
 * the tables' B-trees in memory between pages, and a longer WAL between checkpoints copies a page written by
 * several pages of the feed into the database once.
 *
 * The builds at the end run with a small page cache — the sorter of a CREATE INDEX takes as much memory again as
 * the cache, and a larger one made them slower, not faster — and let the sorter use a helper thread on the second
 * core. On a copy of a loaded scale-1 cache: 27–31 s and a peak of 141 MB with the 32 MiB cache and no helper,
 * 22 s and 113 MB with the connection's own 16 MB and a helper; with 4 MiB credit_records_by_category_day (the
 * largest) took 5.0–5.1 s against 5.6–5.7 s with 16 MB (docs/benchmarks.md).
 */
function bulkSettings(db: Db): BulkSettings {
  const before = {
    synchronous: db.pragma('synchronous', { simple: true }),
    cache: db.pragma('cache_size', { simple: true }),
    checkpoint: db.pragma('wal_autocheckpoint', { simple: true }),
    threads: db.pragma('threads', { simple: true }),
  };
  db.pragma('synchronous = NORMAL');
  db.pragma(`cache_size = ${BULK_CACHE_KIB}`);
  db.pragma(`wal_autocheckpoint = ${BULK_CHECKPOINT_PAGES}`);
  return {
    building: () => {
      db.pragma(`cache_size = ${INDEX_BUILD_CACHE_KIB}`);
      db.pragma(`threads = ${INDEX_BUILD_THREADS}`);
    },
    restore: () => {
      db.pragma(`synchronous = ${Number(before.synchronous)}`);
      db.pragma(`cache_size = ${Number(before.cache)}`);
      db.pragma(`wal_autocheckpoint = ${Number(before.checkpoint)}`);
      db.pragma(`threads = ${Number(before.threads)}`);
    },
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
 * retried, never applied) and applied with their cursor in one transaction (apply.ts).
 */
export async function pull(
  db: Db,
  client: PlatformClient,
  options: {
    pageSize: number;
    retry?: RetryPolicy;
    serverNow: () => Date;
    onProgress?: (progress: PullProgress) => void;
    /** The rows are in and the structures the pull set aside are being built (it can take a while). */
    onIndexing?: () => void;
  },
): Promise<PullSummary> {
  const applier = createApplier(db);
  let cursor = Number(getMeta(db, 'sync_cursor') ?? 0);
  const summary: PullSummary = { applied: 0, changed: 0, flagged: 0, cursor, latest: cursor };
  const started = Date.now();
  const fetchPage = (after: number): Promise<Page> => {
    const page = withRetry(() => client.pullPage(after, options.pageSize), options.retry);
    // Marked handled here: if applying the current page fails first, this one is never awaited.
    page.catch(() => undefined);
    return page;
  };
  let next = fetchPage(cursor);
  let first = true;
  let settings: BulkSettings | null = null;
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
        settings = bulkSettings(db);
        deferSearchIndex(db, deferScope(cursor, page.end.latest));
      }
      first = false;
      // Ask for the following page before applying this one: the platform prepares it while we write.
      if (page.end.hasMore) next = fetchPage(page.end.next);
      const result = await applier.applyPageYielding(
        page.changes,
        page.end,
        toBeijingIso(options.serverNow()),
      );
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
      if (searchIndexDeferred(db)) options.onIndexing?.();
      settings?.building();
      restoreSearchIndex(db);
    } finally {
      settings?.restore();
    }
  }
}
