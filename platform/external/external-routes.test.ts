import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformRoutes } from '../../shared/platform-api/api';
import { ExternalQueryReply } from '../../shared/platform-api/external-query';
import { revokeDevice } from '../access/device-lifecycle';
import { startTempPlatform, type TempPlatform } from '../testing/temp-platform';
import { createSimulator, type SimulatorConfig } from './simulator';

// The external query route on a real platform over loopback, its adapter the reference simulator: each of the
// simulator's failures comes back as a Chinese message and a code, in bounded time, and every query that reached
// the adapter is in the platform's log.

const FOUND = '91410100MA9XKQ2T3D';
const CLEAR = '91110108MA01BJ7T1R';
const ABSENT = '91410200MA46WB5E0B';
const SLOW = '91420100MA4K3L7HXK';
const BROKEN = '91410300MA47R8NC41';
// Valid codes the simulator answers with a failure.
const codes = { timeout: SLOW, 'http-5xx': BROKEN } as const;
const MALFORMED = '91110105MA7H2K9P20';
const LIMITED = '91310115MA1FL3Q86C';

const config: SimulatorConfig = {
  source: '测试',
  answers: {
    [FOUND]: {
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
    [CLEAR]: { subjectName: '北京示例科技有限公司' },
    [codes.timeout]: { failure: 'timeout' },
    [codes['http-5xx']]: { failure: 'http-5xx' },
    [MALFORMED]: { failure: 'malformed' },
    [LIMITED]: { failure: 'rate-limit' },
  },
};

const TIMEOUT_MS = 300;
let platform: TempPlatform;
let headers: Record<string, string>;
beforeAll(async () => {
  platform = await startTempPlatform({
    externalQuery: { adapter: createSimulator(config), timeoutMs: TIMEOUT_MS, perDeviceMinute: 30 },
  });
  ({ headers } = await platform.enrol('外部查询测试', null));
});
afterAll(() => platform.dispose());

const ask = (value: string, channel = '信用中国') => ({
  channel,
  subjectName: '',
  identifier: { kind: 'uscc', value },
  checkId: 'c-1',
});

const post = (body: unknown, withHeaders: Record<string, string> = headers): Promise<Response> =>
  fetch(`${platform.url}${platformRoutes.externalQueries}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...withHeaders },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const logRows = (): { identifier_value: string; error_code: string | null; answer: string | null }[] =>
  platform.db
    .prepare('SELECT identifier_value, error_code, answer FROM external_query_log ORDER BY asked_at, id')
    .all() as { identifier_value: string; error_code: string | null; answer: string | null }[];

describe('POST external-queries', () => {
  it('answers what the site showed, with the platform times, and logs the query', async () => {
    const response = await post(ask(FOUND, '信用河南'));
    expect(response.status).toBe(200);
    const reply = ExternalQueryReply.parse(await response.json());
    expect(reply.answer).toMatchObject({
      channel: '信用河南',
      found: true,
      subjectName: '郑州示例建材有限公司',
      entries: [{ title: '失信被执行人', adverse: true }],
    });
    expect(Date.parse(reply.answeredAt)).toBeGreaterThanOrEqual(Date.parse(reply.askedAt));
    const row = platform.db
      .prepare('SELECT device_id, check_id, channel, answer FROM external_query_log WHERE id = ?')
      .get(reply.queryId) as { check_id: string; channel: string; answer: string };
    expect(row).toMatchObject({ check_id: 'c-1', channel: '信用河南' });
    expect(JSON.parse(row.answer)).toEqual(reply.answer);
  });

  it('answers not found for an identifier the site does not hold', async () => {
    const reply = ExternalQueryReply.parse(await (await post(ask(ABSENT))).json());
    expect(reply.answer).toMatchObject({ found: false, subjectName: null, entries: [] });
  });

  it.each([
    ['timeout', codes.timeout, 504, 'EXTERNAL_TIMEOUT', '未在规定时间内答复'],
    ['HTTP 5xx', codes['http-5xx'], 502, 'EXTERNAL_UNAVAILABLE', '暂时无法提供查询'],
    ['a malformed answer', MALFORMED, 502, 'EXTERNAL_MALFORMED', '答复无法识别'],
    ['a rate limit', LIMITED, 503, 'EXTERNAL_RATE_LIMITED', '限制了查询次数'],
  ])(
    'turns the site’s %s into a Chinese error with a code, and logs it',
    async (_name, value, status, code, words) => {
      const started = Date.now();
      const response = await post(ask(value));
      expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 2_000);
      expect(response.status).toBe(status);
      const body = (await response.json()) as { code: string; message: string };
      expect(body.code).toBe(code);
      expect(body.message).toContain(words);
      expect(body.message).toContain('手工');
      expect(logRows().filter((row) => row.identifier_value === value)).toEqual([
        { identifier_value: value, error_code: code, answer: null },
      ]);
    },
  );

  it('refuses a request without a device token, or with a forged one', async () => {
    expect((await post(ask(FOUND), {})).status).toBe(401);
    const forged = await post(ask(FOUND), { authorization: `Bearer ${'x'.repeat(43)}` });
    expect(forged.status).toBe(401);
    expect(((await forged.json()) as { code: string }).code).toBe('DEVICE_UNKNOWN');
  });

  it('refuses a revoked device', async () => {
    const device = await platform.enrol('停用的窗口', null);
    revokeDevice(platform.db, device.deviceId, new Date());
    const response = await post(ask(FOUND), device.headers);
    expect(response.status).toBe(403);
    const body = (await response.json()) as { code: string; message: string };
    expect(body.code).toBe('DEVICE_REVOKED');
    expect(body.message).toContain('停用');
  });

  it('refuses an identifier that is not one, and a kind that does not match', async () => {
    const before = logRows().length;
    for (const value of ['91410100MA9XKQ2T3E', '123456789012345678', 'ABCDEFGHJKLMNPQRTU']) {
      const response = await post(ask(value));
      expect(response.status).toBe(400);
      const body = (await response.json()) as { code: string; message: string };
      expect(body.code).toBe('EXTERNAL_IDENTIFIER_INVALID');
      expect(body.message).toMatch(/[\u4e00-\u9fff]/);
    }
    const mismatched = await post({ ...ask(FOUND), identifier: { kind: 'citizen-id', value: FOUND } });
    expect(((await mismatched.json()) as { code: string }).code).toBe('EXTERNAL_IDENTIFIER_INVALID');
    expect(logRows().length).toBe(before);
  });

  it('refuses hostile and oversized input with a Chinese message, asking nothing', async () => {
    const before = logRows().length;
    const hostile: unknown[] = [
      { ...ask(FOUND), channel: '百度' },
      { ...ask(FOUND), extra: 'field' },
      { ...ask(FOUND), subjectName: '名称\u202E反转' },
      { ...ask(FOUND), identifier: { kind: 'uscc', value: 'x'.repeat(5000) } },
      { ...ask(FOUND), checkId: { $ne: null } },
      '{"channel": "信用中国", "identifier":',
      [],
    ];
    for (const body of hostile) {
      const response = await post(body);
      expect([400, 413]).toContain(response.status);
      const reply = (await response.json()) as { code: string; message: string };
      expect(reply.code).toMatch(/BAD_REQUEST|PAYLOAD_TOO_LARGE/);
      expect(reply.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(logRows().length).toBe(before);
  });

  it('holds a flood from one device to its share a minute, other devices unaffected', async () => {
    const flooder = await platform.enrol('频繁查询的窗口', null);
    const statuses: number[] = [];
    for (let index = 0; index < 32; index += 1)
      statuses.push((await post(ask(ABSENT), flooder.headers)).status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(30);
    const refused = await post(ask(ABSENT), flooder.headers);
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { code: string; message: string }).message).toContain('过于频繁');
    expect((await post(ask(ABSENT))).status).toBe(200);
  });
});

describe('a platform without an adapter', () => {
  it('says so in Chinese (EXTERNAL_QUERY_OFF), so the window queries by hand', async () => {
    const bare = await startTempPlatform();
    try {
      const device = await bare.enrol('窗口', null);
      const direct = await fetch(`${bare.url}${platformRoutes.externalQueries}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...device.headers },
        body: JSON.stringify(ask(FOUND)),
      });
      expect(direct.status).toBe(503);
      const body = (await direct.json()) as { code: string; message: string };
      expect(body.code).toBe('EXTERNAL_QUERY_OFF');
      expect(body.message).toContain('手工录入');
    } finally {
      await bare.dispose();
    }
  });
});
