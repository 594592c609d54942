import { Change, FeedEnd, platformRoutes, type SyncedTable } from '../../shared/platform-api/api';
import type { FeedRow } from '../registry/registry.repo';
import { readNdjson } from './temp-platform';

export type FeedPage = { changes: Change[]; end: FeedEnd };

/** One page of the feed, every line checked against the contract; the last line must be the FeedEnd. */
export async function fetchPage(
  url: string,
  headers: Record<string, string>,
  after: number,
  limit?: number,
): Promise<FeedPage> {
  const query = limit === undefined ? `after=${after}` : `after=${after}&limit=${limit}`;
  const response = await fetch(`${url}${platformRoutes.changes}?${query}`, { headers });
  if (response.status !== 200) throw new Error(`changes: ${response.status} ${await response.text()}`);
  const lines = await readNdjson(response);
  const end = FeedEnd.parse(lines.at(-1));
  return { changes: lines.slice(0, -1).map((line) => Change.parse(line)), end };
}

/** What a client holds after applying the whole feed from the start: per table, key → row. */
export async function replayFeed(
  url: string,
  headers: Record<string, string>,
  limit = 1_000,
): Promise<{ tables: Map<SyncedTable, Map<string, FeedRow>>; cursor: number }> {
  const tables = new Map<SyncedTable, Map<string, FeedRow>>();
  let cursor = 0;
  for (;;) {
    const page = await fetchPage(url, headers, cursor, limit);
    for (const change of page.changes) {
      const rows = tables.get(change.table) ?? new Map<string, FeedRow>();
      tables.set(change.table, rows);
      if (change.row === null) rows.delete(change.key);
      else rows.set(change.key, change.row);
    }
    cursor = page.end.next;
    if (!page.end.hasMore) return { tables, cursor };
  }
}
