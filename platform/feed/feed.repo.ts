import type { Db } from '../../node-shared/db/connection';
import type { FeedEnd, SyncedTable } from '../../shared/platform-api/api';
import type { FeedRow } from '../registry/registry.repo';

type ChangeRow = { seq: number; tbl: string; op: string; key: string; row: string | null };

export const latestSeq = (db: Db): number =>
  (db.prepare('SELECT coalesce(max(seq), 0) AS seq FROM changes').get() as { seq: number }).seq;

/** Whether the change log holds anything of these tables. */
export const hasChanges = (db: Db, tables: readonly SyncedTable[]): boolean =>
  db
    .prepare(`SELECT 1 FROM changes WHERE tbl IN (${tables.map(() => '?').join(', ')}) LIMIT 1`)
    .get(...tables) !== undefined;

/**
 * A Change line built around the stored row text: the row was made by json_object in the same transaction as
 * the write, so it is spliced in as is instead of being parsed and serialised again (tbl and op are CHECKed).
 */
const changeLine = (change: ChangeRow): string =>
  `{"seq":${change.seq},"table":"${change.tbl}","op":"${change.op}","key":${JSON.stringify(change.key)},"row":${change.row ?? 'null'}}`;

/**
 * One feed page as NDJSON lines: each change after `after` in seq order (at most `limit`), then the FeedEnd
 * line. Rows come from an iterator, one at a time, so memory stays flat however large the page. Run it on a
 * reader inside a transaction so `latest` and the page are one snapshot. Nothing is read until the first line
 * is asked for, and abandoning the generator releases the statement.
 */
export function* feedPageLines(reader: Db, after: number, limit: number): Generator<string, void, undefined> {
  const latest = latestSeq(reader);
  let next = after;
  const changes = reader
    .prepare('SELECT seq, tbl, op, key, row FROM changes WHERE seq > ? ORDER BY seq LIMIT ?')
    .iterate(after, limit) as IterableIterator<ChangeRow>;
  for (const change of changes) {
    next = change.seq;
    yield changeLine(change);
  }
  const end: FeedEnd = { end: true, next, hasMore: next < latest, latest };
  yield JSON.stringify(end);
}

type KeyedRow = { key: string; row: string };

const currentRows = (reader: Db, table: SyncedTable): IterableIterator<KeyedRow> =>
  reader.prepare(`SELECT key, row FROM feed_${table} ORDER BY key`).iterate() as IterableIterator<KeyedRow>;

/** Every current row of a table as `{ key, row }` lines, in key order, then the closing `{ end, count }` line. */
export function* tableRowLines(reader: Db, table: SyncedTable): Generator<string, void, undefined> {
  let count = 0;
  for (const { key, row } of currentRows(reader, table)) {
    count += 1;
    yield `{"key":${JSON.stringify(key)},"row":${row}}`;
  }
  yield JSON.stringify({ end: true, count });
}

/** Every current row of a table, parsed, as the feed would send it (for checksums). */
export function* tableFeedRows(reader: Db, table: SyncedTable): Generator<FeedRow, void, undefined> {
  for (const { row } of currentRows(reader, table)) yield JSON.parse(row) as FeedRow;
}
