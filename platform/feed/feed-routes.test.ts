import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEED_PAGE_MAX, platformRoutes, TableEnd, TableRow } from '../../shared/platform-api/api';
import { latestSeq } from './feed.repo';
import { deleteRows, upsertRows, type FeedRow } from '../registry/registry.repo';
import { fetchPage } from '../testing/feed-client';
import { readNdjson, startTempPlatform, type TempPlatform } from '../testing/temp-platform';

let platform: TempPlatform;
let headers: Record<string, string>;
beforeAll(async () => {
  platform = await startTempPlatform();
  ({ headers } = await platform.enrol());
});
afterAll(() => platform.dispose());

const subjectRow = (index: number): FeedRow => ({
  id: `bulk-${index}`,
  name: `平顶山市测试商贸有限公司${index}`,
  identifier: `91410400MA${String(index).padStart(8, '0')}`,
  identifier_kind: 'uscc',
  kind: 'legal-person',
  region_code: '410402',
  legal_representative: '张三',
  legal_representative_id: null,
  registered_on: '2018-05-20',
  address: '平顶山市新华区中兴路1号',
  status: 'active',
  grade: 'B',
  updated_at: '2026-11-27T10:00:00.000+08:00',
});

describe('changes feed', () => {
  it('pages through the log in seq order with a cursor, hasMore and latest', async () => {
    const latest = latestSeq(platform.db);
    expect(latest).toBeGreaterThan(25);
    const seen: number[] = [];
    let cursor = 0;
    for (let pages = 0; ; pages += 1) {
      const page = await fetchPage(platform.url, headers, cursor, 10);
      expect(page.changes.length).toBeLessThanOrEqual(10);
      seen.push(...page.changes.map((change) => change.seq));
      expect(page.end.latest).toBe(latest);
      expect(page.end.next).toBe(page.changes.at(-1)?.seq ?? cursor);
      expect(page.end.hasMore).toBe(page.end.next < latest);
      cursor = page.end.next;
      if (!page.end.hasMore) break;
      expect(pages).toBeLessThan(1_000);
    }
    expect(seen).toEqual(Array.from({ length: latest }, (_, index) => index + 1));
    const empty = await fetchPage(platform.url, headers, latest);
    expect(empty).toEqual({ changes: [], end: { end: true, next: latest, hasMore: false, latest } });
  });

  it('sends measures with their categories as an array, and a delete as a tombstone', async () => {
    const first = await fetchPage(platform.url, headers, 0, FEED_PAGE_MAX);
    const measure = first.changes.find((change) => change.table === 'measures');
    expect(Array.isArray(measure?.row?.matter_categories)).toBe(true);

    const before = latestSeq(platform.db);
    upsertRows(platform.db, 'subjects', [subjectRow(0)]);
    deleteRows(platform.db, 'subjects', ['bulk-0']);
    const page = await fetchPage(platform.url, headers, before);
    expect(page.changes.map(({ seq, table, op, key, row }) => ({ seq, table, op, key, row }))).toEqual([
      { seq: before + 1, table: 'subjects', op: 'upsert', key: 'bulk-0', row: subjectRow(0) },
      { seq: before + 2, table: 'subjects', op: 'delete', key: 'bulk-0', row: null },
    ]);
  });

  it('serves NDJSON, clamps a limit above the maximum and refuses a malformed cursor', async () => {
    const response = await fetch(`${platform.url}${platformRoutes.changes}?after=0&limit=99999`, { headers });
    expect(response.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const lines = await readNdjson(response);
    expect(lines.length).toBeLessThanOrEqual(FEED_PAGE_MAX + 1);
    for (const query of ['after=-1', 'after=x', 'limit=0', 'limit=1.5']) {
      const refused = await fetch(`${platform.url}${platformRoutes.changes}?${query}`, { headers });
      expect(refused.status, query).toBe(400);
      expect(((await refused.json()) as { code: string }).code).toBe('BAD_REQUEST');
    }
  });

  it('streams a page of 10,000 changes, parsed line by line as they arrive', async () => {
    const before = latestSeq(platform.db);
    upsertRows(
      platform.db,
      'subjects',
      Array.from({ length: 10_000 }, (_, index) => subjectRow(index + 1)),
    );
    const started = performance.now();
    const page = await fetchPage(platform.url, headers, before, 10_000);
    const elapsed = performance.now() - started;
    expect(page.changes).toHaveLength(10_000);
    expect(page.changes[0]?.seq).toBe(before + 1);
    expect(page.changes.at(-1)?.row).toEqual(subjectRow(10_000));
    expect(page.end).toEqual({ end: true, next: before + 10_000, hasMore: false, latest: before + 10_000 });
    console.log(`feed: 10,000 changes streamed and parsed in ${elapsed.toFixed(0)} ms`);
  });

  it('waits for a slow reader instead of buffering, and survives a reader that hangs up', async () => {
    // Enough to overflow the socket buffers, so the server has to wait for 'drain'.
    const missing = FEED_PAGE_MAX - latestSeq(platform.db);
    if (missing > 0)
      upsertRows(
        platform.db,
        'subjects',
        Array.from({ length: missing }, (_, i) => subjectRow(30_000 + i)),
      );
    const { port } = new URL(platform.url);
    const slowRead = new Promise<number>((resolve, reject) => {
      const request = httpRequest(
        {
          host: '127.0.0.1',
          port,
          path: `${platformRoutes.changes}?after=0&limit=${FEED_PAGE_MAX}`,
          headers,
        },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.once('data', () => {
            response.pause();
            setTimeout(() => response.resume(), 300);
          });
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () => resolve(text.trim().split('\n').length));
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      request.end();
    });
    expect(await slowRead).toBe(FEED_PAGE_MAX + 1);

    const hungUp = new Promise<void>((resolve, reject) => {
      const request = httpRequest(
        {
          host: '127.0.0.1',
          port,
          path: `${platformRoutes.changes}?after=0&limit=${FEED_PAGE_MAX}`,
          headers,
        },
        (response) => {
          response.once('data', () => {
            request.destroy();
            resolve();
          });
        },
      );
      request.on('error', (error: NodeJS.ErrnoException) =>
        error.code === 'ECONNRESET' ? resolve() : reject(error),
      );
      request.end();
    });
    await hungUp;
    // The reader was released: the platform still streams and takes writes.
    upsertRows(platform.db, 'subjects', [subjectRow(20_000)]);
    const after = await fetchPage(platform.url, headers, latestSeq(platform.db) - 1);
    expect(after.changes).toHaveLength(1);
  });
});

describe('lines made by the database', () => {
  // The feed's and the table rows' lines are made by SQL (feed.repo.ts); a key must come out exactly as written.
  const awkward = `odd "quoted" \\ back\u0001\u001f\n\t\u2028 平顶山 \u{20000} 😀 ${'长'.repeat(300)}`;

  it('sends a key with quotes, backslashes, control characters and characters outside the BMP as it is', async () => {
    const before = latestSeq(platform.db);
    upsertRows(platform.db, 'subjects', [{ ...subjectRow(0), id: awkward, name: `${awkward} 名称` }]);
    const page = await fetchPage(platform.url, headers, before);
    expect(page.changes).toHaveLength(1);
    expect(page.changes[0]?.key).toBe(awkward);
    expect(page.changes[0]?.row).toEqual({ ...subjectRow(0), id: awkward, name: `${awkward} 名称` });

    const response = await fetch(`${platform.url}${platformRoutes.tableRows}/subjects`, { headers });
    const rows = (await readNdjson(response)).slice(0, -1).map((line) => TableRow.parse(line));
    expect(rows.find(({ key }) => key === awkward)?.row.name).toBe(`${awkward} 名称`);

    deleteRows(platform.db, 'subjects', [awkward]);
    const tombstone = await fetchPage(platform.url, headers, before + 1);
    expect(tombstone.changes.map(({ op, key, row }) => ({ op, key, row }))).toEqual([
      { op: 'delete', key: awkward, row: null },
    ]);
  });
});

describe('table rows', () => {
  it('streams every current row of a table as { key, row }', async () => {
    const response = await fetch(`${platform.url}${platformRoutes.tableRows}/matters`, { headers });
    expect(response.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const lines = await readNdjson(response);
    const count = (platform.db.prepare('SELECT count(*) AS n FROM matters').get() as { n: number }).n;
    // The closing line tells a complete stream from a cut one.
    expect(TableEnd.parse(lines.at(-1))).toEqual({ end: true, count });
    const rows = lines.slice(0, -1).map((line) => TableRow.parse(line));
    expect(rows).toHaveLength(count);
    expect(rows.every(({ key, row }) => row.code === key)).toBe(true);
  });

  it('refuses a table name shaped as SQL (the name goes into the statement only once it is a synced table)', async () => {
    for (const name of [
      'subjects ORDER BY 1; DROP TABLE changes; --',
      "subjects' OR '1'='1",
      'feed_subjects',
    ]) {
      const response = await fetch(`${platform.url}${platformRoutes.tableRows}/${encodeURIComponent(name)}`, {
        headers,
      });
      expect(response.status, name).toBe(404);
      expect(((await response.json()) as { code: string }).code, name).toBe('TABLE_UNKNOWN');
    }
    expect(latestSeq(platform.db)).toBeGreaterThan(0);
  });

  it('refuses a table it does not sync', async () => {
    const response = await fetch(`${platform.url}${platformRoutes.tableRows}/users`, { headers });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ code: 'TABLE_UNKNOWN', message: '没有这个数据表' });
  });
});
