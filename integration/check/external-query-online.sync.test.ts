import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CheckDetail, CheckResult } from '../../shared/domain';
import { ExternalQueryReply } from '../../shared/platform-api/external-query';
import type { AppError } from '../../shared/result';
import { signInForTests } from '../../electron/core/auth/test-session';
import { dispatch } from '../../electron/core/ipc/dispatch';
import { createSimulator } from '../../platform/external/simulator';
import { enrolAndSync, FAST_RETRY, openTempPlatform } from '../testing/platform-fixture';
import { openTempCore } from '../../electron/core/testing/temp-core';

// Issue 15, item 2, end to end below the window: a county clerk's PC asks the real platform, whose adapter is the
// reference simulator, to query 信用中国 about an applicant the city's data does not hold. The answer comes back,
// is attached to the check as evidence (the platform's answer as a JSON file) and reaches the platform with the
// next sync; a failure of the site leaves the check waiting and the manual form usable.

const LISTED = '91410100MA9XKQ2T3D';
const SLOW = '91420100MA4K3L7HXK';
const PROCUREMENT = 'PDS-CG-001';
/** 平顶山市嵘沐商贸有限公司, in the demo data. */
const CITY_SUBJECT = '91410402613341561G';

type Core = ReturnType<typeof openTempCore>;
let platform: Awaited<ReturnType<typeof openTempPlatform>>;
let cores: Core[] = [];
let county: Core;

const simulator = createSimulator({
  source: '测试',
  answers: {
    [LISTED]: {
      subjectName: '郑州示例建材有限公司',
      entries: [
        {
          type: 'list',
          title: '失信被执行人',
          department: '郑州市中级人民法院',
          date: '2026-03-12',
          category: '失信被执行人名单',
          adverse: true,
        },
      ],
    },
    [SLOW]: { failure: 'timeout' },
  },
});

async function openCore(deviceName: string | null): Promise<Core> {
  const core = openTempCore({
    withDemo: false,
    clock: { now: new Date() },
    syncOptions: { retry: FAST_RETRY, timeoutMs: 5000 },
  });
  cores.push(core);
  if (deviceName !== null) await enrolAndSync(core, platform.current(), deviceName);
  signInForTests(core, 'clerk');
  return core;
}

async function call<T>(core: Core, channel: string, request: unknown): Promise<T> {
  const result = await dispatch(core.handlers, channel, request);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function refusal(core: Core, channel: string, request: unknown): Promise<AppError> {
  const result = await dispatch(core.handlers, channel, request);
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

const checkOutsider = (core: Core, caseNumber: string, raw: string): Promise<CheckResult> =>
  call<CheckResult>(core, 'check:run', {
    context: { caseNumber, matterCode: PROCUREMENT },
    applicant: { by: 'identifier', raw },
  });

const askOnline = (core: Core, checkId: string, channel = '信用中国') =>
  dispatch(core.handlers, 'check:external-query-online', { checkId, channel });

beforeEach(async () => {
  platform = await openTempPlatform(true, undefined, {
    externalQuery: { adapter: simulator, timeoutMs: 300 },
  });
  county = await openCore('叶县政务服务中心 窗口');
});
afterEach(async () => {
  cores.forEach((core) => core.dispose());
  cores = [];
  await platform.dispose();
});

describe('an external query through the city platform', () => {
  it('attaches the site’s answer to the check as evidence, and it reaches the platform', async () => {
    const check = await checkOutsider(county, 'CG-2026-3001', LISTED);
    expect(check.externalQuery?.required).toBe(true);
    const answered = await askOnline(county, check.checkId);
    if (!answered.ok) throw new Error(answered.error.message);
    const detail = answered.value as CheckDetail;
    expect(detail.standing.externalQueryOpen).toBe(false);
    const [record] = detail.externalQueries;
    expect(record).toMatchObject({ channel: '信用中国', outcome: 'found' });
    expect(record?.summary).toContain('“信用中国”显示该主体“郑州示例建材有限公司”有失信记录1条');
    expect(record?.summary).toContain('失信被执行人（郑州市中级人民法院，2026年3月12日，失信被执行人名单）');
    const file = record?.attachments[0];
    expect(file).toMatchObject({
      mime: 'application/json',
      name: expect.stringMatching(/^信用中国查询结果.*\.json$/) as string,
    });

    // The attachment is the platform's answer itself, and its time is the record's.
    const stored = await call<{ base64: string }>(county, 'files:get', { sha256: file?.sha256 });
    const reply = ExternalQueryReply.parse(JSON.parse(Buffer.from(stored.base64, 'base64').toString('utf8')));
    expect(reply.answer.queriedAt).toBe(record?.queriedAt);

    // The platform logged what was asked, for which check.
    const log = platform
      .current()
      .db.prepare('SELECT check_id, identifier_value, error_code FROM external_query_log WHERE id = ?')
      .get(reply.queryId);
    expect(log).toEqual({ check_id: check.checkId, identifier_value: LISTED, error_code: null });

    // And the record with its file reach the platform like a hand-made one.
    const synced = await county.sync.run();
    expect(synced.ok).toBe(true);
    const received = platform
      .current()
      .db.prepare('SELECT query_id FROM platform_external_queries WHERE check_id = ?')
      .pluck()
      .all(check.checkId);
    expect(received).toEqual([record?.id]);
    expect(
      platform.current().db.prepare('SELECT count(*) FROM files WHERE sha256 = ?').pluck().get(file?.sha256),
    ).toBe(1);
  });

  it('a site that does not answer in time: a Chinese message, the check still waits, the manual path works', async () => {
    const check = await checkOutsider(county, 'CG-2026-3002', SLOW);
    const started = Date.now();
    const error = await refusal(county, 'check:external-query-online', {
      checkId: check.checkId,
      channel: '信用河南',
    });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(error.code).toBe('EXTERNAL_QUERY_FAILED');
    expect(error.details).toEqual({ platformCode: 'EXTERNAL_TIMEOUT' });
    expect(error.message).toContain('未在规定时间内答复');
    expect(error.message).toContain('手工录入');
    const detail = await call<CheckDetail>(county, 'check:get', { checkId: check.checkId });
    expect(detail.standing.externalQueryOpen).toBe(true);
    expect(detail.externalQueries).toEqual([]);
    const manual = await call<CheckDetail>(county, 'check:external-query', {
      checkId: check.checkId,
      channel: '信用河南',
      queriedAt: new Date(Date.now() - 60_000).toISOString(),
      outcome: 'clear',
      summary: '',
      attachments: [],
    });
    expect(manual.standing.externalQueryOpen).toBe(false);
  });

  it('offline, or on a PC never enrolled: a Chinese message, nothing attached', async () => {
    const check = await checkOutsider(county, 'CG-2026-3003', LISTED);
    await platform.stop();
    const offline = await refusal(county, 'check:external-query-online', {
      checkId: check.checkId,
      channel: '信用中国',
    });
    expect(offline.code).toBe('EXTERNAL_QUERY_FAILED');
    expect(offline.message).toContain('无法连接市平台');
    expect(offline.message).toContain('手工录入');

    const alone = await openCore(null);
    const local = await checkOutsider(alone, 'CG-2026-3004', LISTED);
    const unenrolled = await refusal(alone, 'check:external-query-online', {
      checkId: local.checkId,
      channel: '信用中国',
    });
    expect(unenrolled.code).toBe('PLATFORM_NOT_CONFIGURED');
    expect(unenrolled.message).toContain('尚未登记');
  });

  it('refuses a forged or pointless ask before asking the platform', async () => {
    const before = () =>
      platform.current().db.prepare('SELECT count(*) FROM external_query_log').pluck().get() as number;
    const count = before();
    expect(
      (await refusal(county, 'check:external-query-online', { checkId: 'no-such', channel: '信用中国' }))
        .code,
    ).toBe('CHECK_NOT_FOUND');
    const check = await checkOutsider(county, 'CG-2026-3005', LISTED);
    const odd = await refusal(county, 'check:external-query-online', {
      checkId: check.checkId,
      channel: '中国政府采购网',
    });
    expect(odd.code).toBe('BAD_REQUEST');
    const extra = await refusal(county, 'check:external-query-online', {
      checkId: check.checkId,
      channel: '信用中国',
      identifier: LISTED,
    });
    expect(extra.code).toBe('BAD_REQUEST');
    // An applicant the city's data holds: no external query is due, none is made.
    const found = await call<CheckResult>(county, 'check:run', {
      context: { caseNumber: 'CG-2026-3006', matterCode: PROCUREMENT },
      applicant: { by: 'identifier', raw: CITY_SUBJECT },
    });
    expect(found.found).toBe(true);
    const needless = await refusal(county, 'check:external-query-online', {
      checkId: found.checkId,
      channel: '信用中国',
    });
    expect(needless.code).toBe('EXTERNAL_QUERY_INVALID');
    expect(needless.message).toContain('无需外部查询');
    expect(before()).toBe(count);
  });
});
