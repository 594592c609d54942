import { dialectOf } from '../node-shared/db/dialect';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { platformRoutes } from '../shared/platform-api/api';
import { fuzzRandom } from '../node-shared/testing/fuzz-random';
import { runHttpFuzz } from '../node-shared/testing/http-fuzz';
import { prototypePolluted } from '../node-shared/testing/json-fuzz';
import { sendRaw } from '../node-shared/testing/raw-http';
import { startTempPlatform, type TempPlatform } from './testing/temp-platform';

// Anyone on the LAN can reach the platform: whatever arrives ends in an answer in the platform's error shape
// ({ code, message }, the message in Chinese), never a 500, a framework code or a crash.
const SEED = 20261206;
const COUNT = 10_000;
const AT = '2026-11-27T09:30:00.000+08:00';

let platform: TempPlatform;
let headers: Record<string, string>;
let port: number;
beforeEach(async () => {
  platform = await startTempPlatform({ now: () => new Date('2026-11-27T02:00:00Z') });
  ({ headers } = await platform.enrol());
  port = Number(new URL(platform.url).port);
});
afterEach(() => platform.dispose());

const raw = (method: string, path: string, body: string, type = 'application/json') =>
  sendRaw(
    port,
    Buffer.from(
      `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: ${headers.authorization}\r\n` +
        `Content-Type: ${type}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    ),
  );

describe('platform under hostile input', () => {
  it('answers deeply nested JSON with 400, not 500', async () => {
    const deep = '{"b":'.repeat(20_000) + '1' + '}'.repeat(20_000);
    const entry = `{"mutationId":1,"kind":"audit.appended","createdAt":"${AT}","payload":${deep}}`;
    for (const body of [
      `{"entries":[${entry}]}`,
      '['.repeat(50_000) + ']'.repeat(50_000),
      `{"a":${'['.repeat(20_000)}`,
    ]) {
      const answer = await raw('POST', platformRoutes.outbox, body);
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body)).toMatchObject({ code: 'BAD_REQUEST' });
    }
  });

  it('maps Fastify’s own errors to the platform’s codes in Chinese', async () => {
    const media = await raw('POST', platformRoutes.outbox, 'x=1', 'application/x-www-form-urlencoded');
    expect(media.status).toBe(415);
    expect(JSON.parse(media.body)).toEqual({ code: 'UNSUPPORTED_MEDIA_TYPE', message: '不支持的内容类型' });
    const large = await raw('POST', platformRoutes.enrol, JSON.stringify({ code: 'x'.repeat(2_000_000) }));
    expect(large.status).toBe(413);
    expect(JSON.parse(large.body)).toEqual({ code: 'PAYLOAD_TOO_LARGE', message: '请求内容过大' });
    const empty = await raw('POST', platformRoutes.enrol, '');
    expect(JSON.parse(empty.body)).toMatchObject({ code: 'BAD_REQUEST' });
    const garbage = await sendRaw(port, Buffer.from('GARBAGE\u0000\r\n\r\n'), true);
    expect(garbage.status).toBe(400);
    expect(JSON.parse(garbage.body)).toMatchObject({ code: 'BAD_REQUEST' });
  });

  it(`survives ${COUNT} malformed requests (seed ${SEED}), then serves, with its database intact`, async () => {
    const random = fuzzRandom(SEED);
    const pushSample = {
      entries: [
        {
          mutationId: 1,
          kind: 'audit.appended',
          createdAt: AT,
          payload: { at: AT, action: 'x', actor: 'a' },
        },
      ],
    };
    const { failures, kinds } = await runHttpFuzz(
      {
        port,
        host: `127.0.0.1:${port}`,
        auth: { Authorization: headers.authorization ?? '' },
        jsonRoutes: [
          { method: 'POST', path: platformRoutes.outbox, sample: pushSample },
          {
            method: 'POST',
            path: platformRoutes.enrol,
            sample: { code: 'ABCD-EFGH-JKMN', deviceName: '窗口' },
          },
          { method: 'POST', path: platformRoutes.login, sample: { username: 'wangfang', password: 'x' } },
          { method: 'POST', path: `${platformRoutes.repairs}/r-1/steps`, sample: { step: 'accept' } },
          { method: 'PUT', path: `${platformRoutes.rules}/check-policy`, sample: { content: {} } },
          {
            method: 'POST',
            path: `${platformRoutes.commitmentPublication}/c-1/withdraw`,
            sample: { reason: '核实' },
          },
        ],
        paths: [
          platformRoutes.health,
          `${platformRoutes.changes}?cursor=0`,
          `${platformRoutes.tableRows}/subjects`,
          platformRoutes.deviceSelf,
          platformRoutes.auditChain,
          `${platformRoutes.reports}/XYBG1/verification?hash=x`,
          `${platformRoutes.reportVerifyPage}/XYBG1?h=x`,
          `${platformRoutes.files}/${'a'.repeat(64)}`,
          `${platformRoutes.publicCommitmentsPage}?q=x&page=1`,
          `${platformRoutes.publicCommitments}?q=x&page=1`,
          `${platformRoutes.commitmentPublication}/export?since=2026-12-01`,
        ],
      },
      { random, count: COUNT, concurrency: 16 },
    );
    expect(failures.slice(0, 10)).toEqual([]);
    expect(Object.keys(kinds).length).toBeGreaterThanOrEqual(9);

    const health = await fetch(`${platform.url}${platformRoutes.health}`);
    expect(health.status).toBe(200);
    const me = await fetch(`${platform.url}${platformRoutes.deviceSelf}`, { headers });
    expect(me.status).toBe(200);
    // SQLite checks its file; PostgreSQL has no such pragma (and keeps its own pages consistent).
    if (dialectOf(platform.db) === 'sqlite')
      expect(platform.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(prototypePolluted()).toBe(false);
  }, 180_000);
});
