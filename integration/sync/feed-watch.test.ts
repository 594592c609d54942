import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { platformRoutes } from '../../shared/platform-api/api';
import { importCsv } from '../../platform/import/import-csv';
import { toFeedRow, upsertRows } from '../../platform/registry/registry.repo';
import { makeEntry } from '../../electron/core/testing/fixtures';
import { openTempCore } from '../../electron/core/testing/temp-core';
import type { FeedWatchOptions } from '../../electron/core/sync/feed-watcher';
import { enrolAndSync, FAST_RETRY, openTempPlatform } from '../testing/platform-fixture';

// 实时同步 end to end: the real platform on loopback, the real client core with its feed watcher, no manual sync
// after the enrolment. Delays shortened (the algorithm is the production one); waits held 5 s at the platform.
const WATCH: Partial<FeedWatchOptions> = {
  waitSeconds: 5,
  startJitterMs: 200,
  pullJitterMs: 200,
  backoff: { baseMs: 100, capMs: 1_000 },
};
const RED_COMPANY = '91410471535100956D'; // demo-s-0003: 守信, no punishment until the platform lists it
const PROCUREMENT = 'PDS-CG-001';
const SOON_MS = 15_000;

/** A free loopback port, so the platform comes back where the client knows it after a restart. */
const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

const until = async (condition: () => boolean | Promise<boolean>, ms = SOON_MS): Promise<number> => {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > ms) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return Date.now() - started;
};

let platform: Awaited<ReturnType<typeof openTempPlatform>>;
let core: ReturnType<typeof openTempCore>;
let syncs = 0;

const openCore = (): ReturnType<typeof openTempCore> => {
  const opened = openTempCore({
    withDemo: false,
    clock: { now: new Date() },
    connectivityIntervalMs: 500,
    syncOptions: { retry: FAST_RETRY, timeoutMs: 3000, feedWatch: WATCH },
  });
  opened.events.subscribe((event) => {
    if (event.type === 'sync-finished') syncs += 1;
  });
  return opened;
};

beforeEach(async () => {
  syncs = 0;
  platform = await openTempPlatform(true, undefined, { port: await freePort() });
  core = openCore();
  await enrolAndSync(core, platform.current(), '叶县政务服务中心 实时同步窗口');
  await until(() => core.sync.status().live);
  // The enrolment's own syncs (the one it starts, the one the platform coming online starts) are over.
  await until(() => !core.sync.status().running);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
});
afterEach(async () => {
  core.dispose();
  await platform.dispose();
});

const verdictOf = async (caseNumber: string): Promise<string> => {
  const result = await core.handlers['check:run']({
    context: { caseNumber, matterCode: PROCUREMENT },
    applicant: { by: 'identifier', raw: RED_COMPANY },
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.verdict.code;
};

const listRedCompany = (id: string): void => {
  upsertRows(platform.current().db, 'list_entries', [
    toFeedRow(makeEntry(id, 'demo-s-0003', 'DISHONEST_JUDGMENT_DEBTOR')),
  ]);
};
const cached = (table: string, column: string, value: string): boolean =>
  core.db.prepare(`SELECT 1 FROM ${table} WHERE ${column} = ?`).get(value) !== undefined;

describe('实时同步', () => {
  it('stops approvals within seconds of a 失信 listing at the platform, with no manual sync', async () => {
    expect(await verdictOf('RT-2026-0001')).not.toBe('punishment');
    const before = syncs;
    listRedCompany('rt-entry-1');
    const listedAfterMs = await until(() => cached('list_entries', 'id', 'rt-entry-1'));
    expect(await verdictOf('RT-2026-0002')).toBe('punishment');

    // A department's 数据归集 file through the platform's importer reaches the window the same way.
    const imported = importCsv(
      platform.current().db,
      '相对人名称,统一社会信用代码,身份证号,决定文书号,类别,内容,决定日期,公示截止期,决定机关,处罚类别,失信程度\n' +
        '平顶山市测试商贸有限公司,91410471535100956D,,平市监罚〔2026〕99号,行政处罚,虚假宣传，罚款,2026-03-02,2027-03-02,平顶山市市场监督管理局,罚款,严重失信\n',
    );
    expect(imported).toMatchObject({ imported: 1, badRows: 0 });
    const importedAfterMs = await until(() =>
      cached('credit_records', 'decision_number', '平市监罚〔2026〕99号'),
    );
    console.log(
      `实时同步: listing in the cache after ${listedAfterMs} ms, imported record after ${importedAfterMs} ms`,
    );
    // One sync per publication (or fewer, when one sync took both): no storm.
    expect(syncs - before).toBeGreaterThanOrEqual(1);
    expect(syncs - before).toBeLessThanOrEqual(2);
    expect(core.sync.status()).toMatchObject({ live: true, behind: 0, lastError: null });
  });

  it('does not pull while nothing changes, and coalesces a burst of publications', async () => {
    const before = syncs;
    // Two waits run out (5 s each) with nothing published: no sync at all.
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    expect(syncs).toBe(before);
    for (let n = 1; n <= 10; n += 1) {
      listRedCompany(`burst-${n}`);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    await until(() => cached('list_entries', 'id', 'burst-10'));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    // Ten publications in a third of a second: a few syncs, never one per publication.
    expect(syncs - before).toBeGreaterThanOrEqual(1);
    expect(syncs - before).toBeLessThanOrEqual(6);
  });

  it('resumes after the platform restarts, and catches up on what was published meanwhile', async () => {
    const before = syncs;
    await platform.stop();
    await until(() => !core.sync.status().live);
    const restarted = await platform.restart();
    // Published before the client has come back: the first wait answers at once.
    upsertRows(restarted.db, 'list_entries', [
      toFeedRow(makeEntry('rt-restart-1', 'demo-s-0003', 'DISHONEST_JUDGMENT_DEBTOR')),
    ]);
    await until(() => cached('list_entries', 'id', 'rt-restart-1'));
    await until(() => core.sync.status().live);
    listRedCompany('rt-restart-2');
    await until(() => cached('list_entries', 'id', 'rt-restart-2'));
    expect(await verdictOf('RT-2026-0003')).toBe('punishment');
    // Back online: the sync of the reconnect, one per publication at most; no storm of pulls.
    console.log(`实时同步: ${syncs - before} syncs across the restart and two publications`);
    expect(syncs - before).toBeLessThanOrEqual(4);
  });
});

describe('an older platform without changes/wait', () => {
  let proxy: Server;
  let waits = 0;
  afterEach(() => new Promise<void>((resolve) => proxy.close(() => resolve())));

  it('turns 实时同步 off quietly after one 404, and the periodic sync carries on', async () => {
    // The older platform is the real one with the route missing: its own 404 answer, everything else passed on.
    waits = 0;
    proxy = createServer((incoming, response) => {
      if (incoming.url?.startsWith(platformRoutes.changesWait) === true) {
        waits += 1;
        response
          .writeHead(404, { 'content-type': 'application/json; charset=utf-8' })
          .end(JSON.stringify({ code: 'NOT_FOUND', message: '没有这个接口' }));
        return;
      }
      const target = new URL(incoming.url ?? '/', platform.current().url);
      const outgoing = request(
        target,
        { method: incoming.method, headers: { ...incoming.headers, host: target.host } },
        (answer) => {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
        },
      );
      outgoing.on('error', () => response.destroy());
      incoming.pipe(outgoing);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const { port } = proxy.address() as AddressInfo;
    const older = openCore();
    try {
      await enrolAndSync(older, { ...platform.current(), url: `http://127.0.0.1:${port}` }, '旧平台窗口');
      await until(() => waits === 1);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(waits).toBe(1);
      expect(older.sync.status()).toMatchObject({ live: false, lastError: null });
      listRedCompany('rt-older-1');
      const synced = await older.sync.run();
      expect(synced.ok).toBe(true);
      expect(older.db.prepare("SELECT 1 FROM list_entries WHERE id = 'rt-older-1'").get()).toBeDefined();
    } finally {
      older.dispose();
    }
  });
});
