import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangesWaitResponse, PlatformError, platformRoutes } from '../../shared/platform-api/api';
import { DEVICE_LIMITS } from '../access/device-limits';
import { revokeDevice } from '../access/device-lifecycle';
import { latestSeq } from './feed.repo';
import { upsertRows } from '../registry/registry.repo';
import { startPlatform } from '../start-platform';
import { RESOURCES_DIR, startTempPlatform, type TempPlatform } from '../testing/temp-platform';

// A small process-wide cap, so the test can fill it; the per-device share is the shipped one.
const MAX_WAITERS = 4;
let platform: TempPlatform;
let headers: Record<string, string>;
beforeAll(async () => {
  platform = await startTempPlatform({ feedWait: { pollMs: 50, maxWaiters: MAX_WAITERS } });
  ({ headers } = await platform.enrol());
});
afterAll(() => platform.dispose());

const waitUrl = (query: string): string => `${platform.url}${platformRoutes.changesWait}?${query}`;

const listType = (code: string, name: string) => ({ code, name, kind: 'serious', authority: '测试认定部门' });

/** Publishes a change the way the platform's writes do (the registry's upsert, its triggers log the feed). */
let published = 0;
const publish = (): number => {
  published += 1;
  upsertRows(platform.db, 'list_types', [listType(`TEST-WAIT-${published}`, `测试名单${published}`)]);
  return latestSeq(platform.db);
};

/** A request held open on a raw socket, to hang up on it. */
function openWait(query: string, requestHeaders = headers): { hangUp: () => void; status: Promise<number> } {
  const url = new URL(waitUrl(query));
  let hangUp = (): void => undefined;
  const status = new Promise<number>((resolve, reject) => {
    const request = httpRequest(
      { host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, headers: requestHeaders },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    hangUp = () => {
      request.destroy();
      resolve(-1);
    };
    request.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ECONNRESET' ? resolve(-1) : reject(error),
    );
    request.end();
  });
  return { hangUp: () => hangUp(), status };
}

const until = async (condition: () => boolean, ms = 3000): Promise<void> => {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describe('changes/wait', () => {
  it('answers at once when the feed is already past `after`', async () => {
    const latest = latestSeq(platform.db);
    const response = await fetch(waitUrl(`after=${latest - 1}&timeout=5`), { headers });
    expect(response.status).toBe(200);
    expect(ChangesWaitResponse.parse(await response.json())).toEqual({ latest });
  });

  it('holds the request until a change is published, then answers with the new seq', async () => {
    const before = latestSeq(platform.db);
    const started = Date.now();
    const answer = fetch(waitUrl(`after=${before}&timeout=20`), { headers }).then((response) =>
      response.json(),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const seq = publish();
    expect(await answer).toEqual({ latest: seq });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('answers the current seq at the timeout when nothing changed', async () => {
    const latest = latestSeq(platform.db);
    const response = await fetch(waitUrl(`after=${latest}&timeout=1`), { headers });
    expect(await response.json()).toEqual({ latest });
  });

  it('is woken by a write of a second platform process on the same data directory', async () => {
    const other = await startPlatform({
      dataDir: platform.dataDir,
      port: 0,
      host: '127.0.0.1',
      resourcesDir: RESOURCES_DIR,
    });
    try {
      const before = latestSeq(platform.db);
      const answer = fetch(waitUrl(`after=${before}&timeout=20`), { headers }).then((r) => r.json());
      await new Promise((resolve) => setTimeout(resolve, 200));
      upsertRows(other.db, 'list_types', [listType('TEST-WAIT-OTHER', '另一进程发布的名单')]);
      expect(await answer).toEqual({ latest: latestSeq(other.db) });
    } finally {
      await other.close();
    }
  });

  it('frees the wait of a client that hangs up', async () => {
    const latest = latestSeq(platform.db);
    const waits = [openWait(`after=${latest}&timeout=30`), openWait(`after=${latest}&timeout=30`)];
    await until(() => platform.feedWaiting() === 2);
    waits.forEach((wait) => wait.hangUp());
    await until(() => platform.feedWaiting() === 0);
    // Its slots are free again: the same device waits twice more.
    const again = openWait(`after=${latest}&timeout=30`);
    await until(() => platform.feedWaiting() === 1);
    again.hangUp();
    await until(() => platform.feedWaiting() === 0);
  });
});

describe('changes/wait refuses', () => {
  const refusal = async (response: Response): Promise<PlatformError> =>
    PlatformError.parse(await response.json());

  it('a request without a token or with a forged one (401), and a revoked device (403)', async () => {
    const none = await fetch(waitUrl('after=0&timeout=1'));
    expect(none.status).toBe(401);
    expect(await refusal(none)).toEqual({ code: 'DEVICE_UNKNOWN', message: '设备未登记或令牌无效' });
    const forged = await fetch(waitUrl('after=0&timeout=1'), {
      headers: { authorization: `Bearer ${'f'.repeat(64)}` },
    });
    expect(forged.status).toBe(401);
    expect((await refusal(forged)).code).toBe('DEVICE_UNKNOWN');

    const revoked = await platform.enrol('将被停用的窗口');
    revokeDevice(platform.db, revoked.deviceId, new Date());
    const refused = await fetch(waitUrl('after=0&timeout=1'), { headers: revoked.headers });
    expect(refused.status).toBe(403);
    expect(await refusal(refused)).toEqual({
      code: 'DEVICE_REVOKED',
      message: '本机已被市平台停用，请联系管理员',
    });
  });

  it('hostile cursors and timeouts with 400 and a Chinese message', async () => {
    const hostile = [
      '',
      'timeout=5',
      'after=-1',
      'after=x',
      'after=1.5',
      'after=1e3',
      'after=1e309',
      'after=9999999999999999999999',
      'after=',
      'after=%201',
      'after=0x10',
      'after=1&after=2',
      'after=1&timeout=0',
      'after=1&timeout=56',
      'after=1&timeout=-5',
      'after=1&timeout=99999999999',
      'after=1&timeout=abc',
      'after=1&timeout=1&timeout=2',
      `after=${'9'.repeat(5000)}`,
    ];
    for (const query of hostile) {
      const response = await fetch(waitUrl(query), { headers });
      expect(response.status, query).toBe(400);
      const body = await refusal(response);
      expect(body.code, query).toBe('BAD_REQUEST');
      expect(body.message, query).toMatch(/^请求内容无效/);
    }
    expect(platform.feedWaiting()).toBe(0);
  });

  it('a device past its share of waits, and any device once the process is full (429, Retry-After)', async () => {
    const latest = latestSeq(platform.db);
    const mine = Array.from({ length: DEVICE_LIMITS.feedWaits }, () =>
      openWait(`after=${latest}&timeout=30`),
    );
    await until(() => platform.feedWaiting() === DEVICE_LIMITS.feedWaits);
    const over = await fetch(waitUrl(`after=${latest}&timeout=30`), { headers });
    expect(over.status).toBe(429);
    expect(over.headers.get('retry-after')).toBe('5');
    expect(await refusal(over)).toEqual({
      code: 'FEED_WAITS_EXCEEDED',
      message: `本设备同时等待数据更新的连接过多，请稍后重试：每台设备最多 ${DEVICE_LIMITS.feedWaits} 个`,
    });

    const others = await Promise.all([platform.enrol('二号窗口'), platform.enrol('三号窗口')]);
    const theirs = others.map((device) => openWait(`after=${latest}&timeout=30`, device.headers));
    await until(() => platform.feedWaiting() === MAX_WAITERS);
    const fourth = await platform.enrol('四号窗口');
    const full = await fetch(waitUrl(`after=${latest}&timeout=30`), { headers: fourth.headers });
    expect(full.status).toBe(429);
    expect(Number(full.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refusal(full)).toEqual({
      code: 'FEED_WAITERS_FULL',
      message: '市平台等待数据更新的连接已满，请稍后重试',
    });

    // A publication answers every wait at once, and the slots are free again.
    const seq = publish();
    expect(await Promise.all([...mine, ...theirs].map((wait) => wait.status))).toEqual([200, 200, 200, 200]);
    expect(platform.feedWaiting()).toBe(0);
    const next = await fetch(waitUrl(`after=${seq - 1}&timeout=1`), { headers: fourth.headers });
    expect(next.status).toBe(200);
  });
});
