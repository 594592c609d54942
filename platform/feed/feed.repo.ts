import type { Db } from '../../node-shared/db/connection';
import { dialectOf } from '../../node-shared/db/dialect';
import type { FeedEnd, SyncedTable } from '../../shared/platform-api/api';
import { canonicalRow } from '../../shared/platform-api/checksum';
import { batchedReads } from '../db/pg/read-batch';
import type { ReadPool } from '../db/pg/read-pool';
import type { FeedRow } from '../registry/registry.repo';
import type { NdjsonLine } from '../http/ndjson-stream';

type ChangeRow = { seq: number; tbl: string; op: string; key: string; row: string | null };

const LATEST_SEQ = 'SELECT coalesce(max(seq), 0) AS seq FROM changes';
const CHANGES_BETWEEN =
  'SELECT seq, tbl, op, key, row FROM changes WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?';

export const latestSeq = (db: Db): number => (db.prepare(LATEST_SEQ).get() as { seq: number }).seq;

/** latestSeq through PostgreSQL's read pool (its bigint comes as text). */
export const latestSeqPooled = async (pool: ReadPool): Promise<number> =>
  Number((await pool.get<{ seq: string }>(LATEST_SEQ))?.seq ?? 0);

/** Whether the change log holds anything of these tables. */
export const hasChanges = (db: Db, tables: readonly SyncedTable[]): boolean =>
  db
    .prepare(`SELECT 1 FROM changes WHERE tbl IN (${tables.map(() => '?').join(', ')}) LIMIT 1`)
    .get(...tables) !== undefined;

/**
 * A Change line built around the stored row text: the row was made by json_object in the same transaction as
 * the write, so it is spliced in as is instead of being parsed and serialised again (tbl and op are CHECKed).
 * PostgreSQL's pages (pooledFeedPages) are built here; SQLite's by CHANGE_LINE below.
 */
const changeLine = (change: ChangeRow): string =>
  `{"seq":${change.seq},"table":"${change.tbl}","op":"${change.op}","key":${JSON.stringify(change.key)},"row":${change.row ?? 'null'}}`;

/**
 * changeLine made by SQLite, as the UTF-8 bytes it sends: the stored row goes from the database to the socket
 * without becoming a JavaScript string and being encoded again. Built in JavaScript, the lines were half of the
 * platform's time serving an initial sync (1.5 s instead of 3.1 s of CPU for a scale-0.1 city's 312,740
 * changes, docs/benchmarks.md). json_quote writes the key as JSON.stringify does, but for the escapes of
 * control characters, which parse alike.
 */
const CHANGE_LINE = `CAST('{"seq":' || seq || ',"table":"' || tbl || '","op":"' || op || '","key":' || json_quote(key)
  || ',"row":' || coalesce(row, 'null') || '}' AS BLOB)`;
const CHANGE_LINES_AFTER = `SELECT seq, ${CHANGE_LINE} AS line FROM changes WHERE seq > ? ORDER BY seq LIMIT ?`;

/**
 * One feed page as NDJSON lines: each change after `after` in seq order (at most `limit`), then the FeedEnd
 * line. Rows come from an iterator, one at a time, so memory stays flat however large the page. Run it on a
 * reader inside a transaction so `latest` and the page are one snapshot. Nothing is read until the first line
 * is asked for, and abandoning the generator releases the statement.
 */
export function* feedPageLines(
  reader: Db,
  after: number,
  limit: number,
): Generator<NdjsonLine, void, undefined> {
  const latest = latestSeq(reader);
  let next = after;
  const changes = reader.prepare(CHANGE_LINES_AFTER).iterate(after, limit) as IterableIterator<{
    seq: number;
    line: Buffer;
  }>;
  for (const change of changes) {
    next = change.seq;
    yield change.line;
  }
  yield endLine(next, latest);
}

const endLine = (next: number, latest: number): string => {
  const end: FeedEnd = { end: true, next, hasMore: next < latest, latest };
  return JSON.stringify(end);
};

/** Rows read per round trip by feedPageLinesPooled. */
const POOLED_CHUNK = 500;

/** PostgreSQL: the newest seq and the first rows after `after` up to it, in one statement (one round trip). */
const PAGE_START = `SELECT latest.seq AS latest, page.seq, page.tbl, page.op, page.key, page.row
  FROM (${LATEST_SEQ}) AS latest
  LEFT JOIN LATERAL (SELECT seq, tbl, op, key, row FROM changes WHERE seq > ? AND seq <= latest.seq ORDER BY seq LIMIT ?)
    AS page ON true
  ORDER BY page.seq`;
type PooledRow = { seq: string | null; tbl: string; op: string; key: string; row: string | null };

type PageStart = { latest: number; rows: readonly PooledRow[] };

/**
 * feedPageLines on PostgreSQL's read pool, off the event loop: `latest` with the first POOLED_CHUNK rows in one
 * statement, then (a long page) the rest in chunks by seq, none past `latest`, each on whichever pool
 * connection is free. The same lines as one snapshot would give: a writer holds the feed lock from taking its
 * seq until it commits (db/pg/migrations, FEED_LOCK), so once `latest` is visible every seq up to it is
 * committed or gone for good, and the change log is never rewritten.
 *
 * The pages asked for while a read is under way are read together, each distinct start once
 * (db/pg/read-batch.ts): the PCs a change woke ask for the same page at the same moment.
 */
export function pooledFeedPages(
  pool: ReadPool,
): (after: number, limit: number) => AsyncGenerator<string, void, undefined> {
  const readStart = async (key: string): Promise<readonly [string, PageStart]> => {
    const [after, want] = key.split(':').map(Number);
    const rows = await pool.all<PooledRow & { latest: string }>(PAGE_START, after, want);
    const latest = Number(rows[0]?.latest ?? 0);
    return [key, { latest, rows: rows.filter((change) => change.seq !== null) }];
  };
  const starts = batchedReads(
    async (keys: readonly string[]) => new Map(await Promise.all(keys.map(readStart))),
  );
  return async function* page(after, limit) {
    const start = await starts(`${after}:${Math.min(limit, POOLED_CHUNK)}`);
    const latest = start?.latest ?? 0;
    let next = after;
    let chunk = start?.rows ?? [];
    for (let left = limit; ;) {
      for (const change of chunk) {
        next = Number(change.seq);
        yield changeLine({ ...change, seq: next });
      }
      const asked = Math.min(left, POOLED_CHUNK);
      left -= asked;
      if (chunk.length < asked || left <= 0) break;
      chunk = await pool.all<PooledRow>(CHANGES_BETWEEN, next, latest, Math.min(left, POOLED_CHUNK));
    }
    yield endLine(next, latest);
  };
}

type KeyedRow = { key: string; row: string };

const currentRows = (reader: Db, table: SyncedTable): IterableIterator<KeyedRow> =>
  reader.prepare(`SELECT key, row FROM feed_${table} ORDER BY key`).iterate() as IterableIterator<KeyedRow>;

/** A table row's line made by SQLite as UTF-8 bytes, as CHANGE_LINE is. */
const ROW_LINE = `CAST('{"key":' || json_quote(key) || ',"row":' || row || '}' AS BLOB)`;

/** Every current row of a table as a `{ key, row }` line, in key order. */
function* rowLines(reader: Db, table: SyncedTable): Generator<NdjsonLine, void, undefined> {
  if (dialectOf(reader) === 'sqlite')
    yield* reader
      .prepare(`SELECT ${ROW_LINE} FROM feed_${table} ORDER BY key`)
      .pluck()
      .iterate() as IterableIterator<Buffer>;
  else
    for (const { key, row } of currentRows(reader, table))
      yield `{"key":${JSON.stringify(key)},"row":${row}}`;
}

/** Every current row of a table as `{ key, row }` lines, in key order, then the closing `{ end, count }` line. */
export function* tableRowLines(reader: Db, table: SyncedTable): Generator<NdjsonLine, void, undefined> {
  let count = 0;
  for (const line of rowLines(reader, table)) {
    count += 1;
    yield line;
  }
  yield JSON.stringify({ end: true, count });
}

/**
 * canonicalRow (shared/platform-api/checksum.ts) made by SQLite from the stored feed row: its members in key order,
 * each value as JSON (json_each's value of an array or object keeps its JSON subtype). The feed's rows are made
 * by json_object from text and integer columns, measures' categories an array. A value JSON.stringify would write
 * otherwise — a REAL (1.0e+21 against 1e+21), a true (json_each gives 1) — would make the client find the table
 * different and fetch it again, nothing worse.
 */
const CANONICAL_ROW = `(SELECT json_group_array(json_array(key, value) ORDER BY key) FROM json_each(feed.row))`;

/**
 * Every current row of a table as its canonical text, for the snapshot's checksums. On SQLite made by the database:
 * parsing each row and rendering it again in JavaScript took twice as long (2.5 s against 4.9 s for the
 * 312,740 rows of a scale-0.1 city). On PostgreSQL parsed and rendered here (its rows come through the engine).
 */
export function* tableCanonicalRows(reader: Db, table: SyncedTable): Generator<string, void, undefined> {
  if (dialectOf(reader) === 'sqlite')
    yield* reader
      .prepare(`SELECT ${CANONICAL_ROW} FROM feed_${table} AS feed`)
      .pluck()
      .iterate() as IterableIterator<string>;
  else for (const { row } of currentRows(reader, table)) yield canonicalRow(JSON.parse(row) as FeedRow);
}
