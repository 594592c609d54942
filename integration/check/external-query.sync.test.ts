import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CheckDetail, CheckResult, ExternalQueryRecord, SyncStatus } from '../../shared/domain';
import { signInForTests } from '../../electron/core/auth/test-session';
import { dispatch } from '../../electron/core/ipc/dispatch';
import { enqueue } from '../../electron/core/sync/outbox.repo';
import { enrolAndSync, FAST_RETRY, openTempPlatform } from '../testing/platform-fixture';
import { openTempCore } from '../../electron/core/testing/temp-core';

// Rule 3's evidence on its way to the city: a county clerk's PC and the platform, both real (loopback HTTP, SQLite
// on each side). The query and its screenshot reach the platform once; a query for a check the platform never got
// from this PC, or naming a file it was never sent, is refused there and kept on the PC with the reason.

const OUT_OF_CITY = '91110108MA01BJ7T1R';
const PROCUREMENT = 'PDS-CG-001';
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').toString('base64');

type Core = ReturnType<typeof openTempCore>;
let platform: Awaited<ReturnType<typeof openTempPlatform>>;
let cores: Core[] = [];

async function sync(core: Core): Promise<void> {
  const synced = await core.sync.run();
  if (!synced.ok) throw new Error(synced.error.message);
}

async function openEnrolledCore(deviceName: string): Promise<Core> {
  const core = openTempCore({
    withDemo: false,
    clock: { now: new Date() },
    syncOptions: { retry: FAST_RETRY, timeoutMs: 5000 },
  });
  cores.push(core);
  await enrolAndSync(core, platform.current(), deviceName);
  signInForTests(core, 'clerk');
  return core;
}

async function call<T>(core: Core, channel: string, request: unknown): Promise<T> {
  const result = await dispatch(core.handlers, channel, request);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

const checkOutsider = (core: Core, caseNumber: string): Promise<CheckResult> =>
  call<CheckResult>(core, 'check:run', {
    context: { caseNumber, matterCode: PROCUREMENT },
    applicant: { by: 'identifier', raw: OUT_OF_CITY },
  });

async function attachQuery(core: Core, checkId: string): Promise<ExternalQueryRecord> {
  const file = await call<{ sha256: string; size: number }>(core, 'files:add', {
    name: '信用中国查询结果.png',
    mime: 'image/png',
    base64: PNG,
  });
  const detail = await call<CheckDetail>(core, 'check:external-query', {
    checkId,
    channel: '信用中国',
    queriedAt: new Date(Date.now() - 60_000).toISOString(),
    outcome: 'clear',
    summary: '',
    attachments: [{ ...file, name: '信用中国查询结果.png', mime: 'image/png' }],
  });
  const record = detail.externalQueries[0];
  if (record === undefined) throw new Error('no external query stored');
  return record;
}

const platformQueries = (): { checkId: string; queryId: string }[] =>
  platform
    .current()
    .db.prepare('SELECT check_id AS checkId, query_id AS queryId FROM platform_external_queries')
    .all() as { checkId: string; queryId: string }[];

const rejectedOf = async (core: Core) => (await call<SyncStatus>(core, 'sync:status', {})).rejected;

let county: Core;
beforeEach(async () => {
  platform = await openTempPlatform();
  county = await openEnrolledCore('叶县政务服务中心 窗口');
});
afterEach(async () => {
  cores.forEach((core) => core.dispose());
  cores = [];
  await platform.dispose();
});

describe('rule 3: the external query with the city platform', () => {
  it('reaches the platform once with its screenshot, after the check it belongs to', async () => {
    const check = await checkOutsider(county, 'CG-2026-2001');
    expect(check.verdict.code).toBe('review');
    const query = await attachQuery(county, check.checkId);
    await sync(county);
    await sync(county);
    expect(platformQueries()).toEqual([{ checkId: check.checkId, queryId: query.id }]);
    const sha256 = query.attachments[0]?.sha256;
    expect(
      platform.current().db.prepare('SELECT count(*) FROM files WHERE sha256 = ?').pluck().get(sha256),
    ).toBe(1);
    const states = county.db
      .prepare("SELECT state FROM outbox WHERE kind = 'check.external-query'")
      .pluck()
      .all();
    expect(states).toEqual(['delivered']);
    expect(await rejectedOf(county)).toEqual([]);
  });

  it("refuses a query for another PC's check, and one naming a file the platform was never sent", async () => {
    const check = await checkOutsider(county, 'CG-2026-2002');
    const query = await attachQuery(county, check.checkId);
    await sync(county);

    // Another PC copies the county's query (its check id included): the platform never got that check from it.
    const other = await openEnrolledCore('郏县政务服务中心 窗口');
    other.db.transaction(() =>
      enqueue(
        other.db,
        'check.external-query',
        { ...query, id: 'copied-1', attachments: [] },
        query.recordedAt,
      ),
    )();
    await sync(other);
    expect(await rejectedOf(other)).toEqual([
      expect.objectContaining({ kind: 'check.external-query', code: 'CHECK_UNKNOWN' }),
    ]);

    // A tampered cache names a screenshot that was never uploaded (the core itself refuses a file not on the PC).
    const second = await checkOutsider(county, 'CG-2026-2003');
    const forged = {
      ...query,
      id: 'forged-1',
      checkId: second.checkId,
      attachments: [{ sha256: 'ab'.repeat(32), name: '伪造截图.png', mime: 'image/png', size: 5 }],
    };
    county.db.transaction(() => enqueue(county.db, 'check.external-query', forged, query.recordedAt))();
    await sync(county);
    expect(await rejectedOf(county)).toEqual([
      expect.objectContaining({
        kind: 'check.external-query',
        code: 'ATTACHMENT_MISSING',
        message: expect.stringContaining('伪造截图.png') as string,
      }),
    ]);
    expect(platformQueries().map((row) => row.queryId)).toEqual([query.id]);
  });

  it('refuses a query past the bounds of the window form: a 2001-character summary, six files, a made-up result', async () => {
    const check = await checkOutsider(county, 'CG-2026-2004');
    const query = await attachQuery(county, check.checkId);
    await sync(county);
    const file = query.attachments[0];
    const forged = [
      { ...query, id: 'long-1', summary: '查'.repeat(2001) },
      { ...query, id: 'many-1', attachments: Array.from({ length: 6 }, () => file) },
      { ...query, id: 'odd-1', outcome: 'cleared-by-phone' },
    ];
    county.db.transaction(() =>
      forged.forEach((payload) => enqueue(county.db, 'check.external-query', payload, query.recordedAt)),
    )();
    await sync(county);
    const rejected = await rejectedOf(county);
    expect(rejected.map((entry) => entry.code)).toEqual([
      'INVALID_PAYLOAD',
      'INVALID_PAYLOAD',
      'INVALID_PAYLOAD',
    ]);
    expect(rejected[0]?.message).toContain('提交内容不完整或格式错误');
    expect(platformQueries().map((row) => row.queryId)).toEqual([query.id]);
  });
});
