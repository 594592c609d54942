import { toBeijingIso } from '../../../shared/time';
import { getMeta } from '../app/meta.repo';
import type { Db } from '../../../node-shared/db/connection';
import { deferSearchIndex, restoreSearchIndex } from '../db/search-index';
import { createApplier } from './apply';
import { PlatformRequestError, type Page, type PlatformClient } from './platform-client';
import { withRetry, type RetryPolicy } from './retry';

/** Behind by more than this many changes, the name index is rebuilt once at the end instead of row by row. */
export const BULK_PULL = 20_000;

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
      if (first && page.end.latest - cursor > BULK_PULL) deferSearchIndex(db);
      first = false;
      // Ask for the following page before applying this one: the platform prepares it while we write.
      if (page.end.hasMore) next = fetchPage(page.end.next);
      const result = applier.applyPage(page.changes, page.end, toBeijingIso(options.serverNow()));
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
    // Caught up or failed: name search must not stay without its index until the next pull.
    restoreSearchIndex(db);
  }
}
