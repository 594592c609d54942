import { scryptSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EnrolResponse,
  Health,
  LoginResponse,
  PlatformError,
  platformRoutes,
} from '../shared/platform-api/api';
import { startTempPlatform, type TempPlatform } from './testing/temp-platform';

let platform: TempPlatform;
beforeAll(async () => {
  platform = await startTempPlatform({ now: () => new Date('2026-11-27T02:00:00Z') });
});
afterAll(() => platform.dispose());

const post = (path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
  fetch(`${platform.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

const errorOf = async (response: Response): Promise<PlatformError> =>
  PlatformError.parse(await response.json());

describe('platform server', () => {
  it('answers health without auth, with the server time and version', async () => {
    const response = await fetch(`${platform.url}${platformRoutes.health}`);
    expect(response.status).toBe(200);
    expect(Health.parse(await response.json())).toMatchObject({
      status: 'ok',
      serverTime: '2026-11-27T10:00:00.000+08:00',
    });
  });

  it('enrols a device once per code; the code is refused when used or unknown', async () => {
    const code = platform.issueCode();
    expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    // People retype codes: case and spacing do not matter.
    const typed = ` ${code.toLowerCase().replace(/-/g, ' ')} `;
    const first = await post(platformRoutes.enrol, { code: typed, deviceName: '鲁山县政务服务中心 3号窗口' });
    expect(first.status).toBe(200);
    const enrolled = EnrolResponse.parse(await first.json());
    expect(enrolled.deviceToken.length).toBeGreaterThanOrEqual(40);
    const stored = platform.db
      .prepare('SELECT token_hash FROM devices WHERE id = ?')
      .get(enrolled.deviceId) as {
      token_hash: string;
    };
    expect(stored.token_hash).not.toContain(enrolled.deviceToken);

    const again = await post(platformRoutes.enrol, { code, deviceName: '另一台' });
    expect(again.status).toBe(403);
    expect(await errorOf(again)).toEqual({ code: 'ENROLMENT_CODE_INVALID', message: '登记码无效或已被使用' });
    const unknown = await post(platformRoutes.enrol, { code: 'ABCD-EFGH-JKMN', deviceName: '另一台' });
    expect(unknown.status).toBe(403);
    expect(platform.db.prepare('SELECT count(*) AS n FROM devices').get()).toEqual({ n: 1 });
  });

  it('refuses an invalid body or malformed JSON with a Chinese message', async () => {
    const invalid = await post(platformRoutes.enrol, { code: '1', deviceName: '' });
    expect(invalid.status).toBe(400);
    const error = await errorOf(invalid);
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toMatch(/请求内容无效.*code/);
    const malformed = await fetch(`${platform.url}${platformRoutes.enrol}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"code":',
    });
    expect(malformed.status).toBe(400);
    expect((await errorOf(malformed)).code).toBe('BAD_REQUEST');
    const nowhere = await fetch(`${platform.url}/api/v1/nowhere`);
    expect(nowhere.status).toBe(404);
    expect(await errorOf(nowhere)).toEqual({ code: 'NOT_FOUND', message: '没有这个接口' });
  });

  it('logs a user in with the right password only, through an enrolled device', async () => {
    const device = await platform.enrol();
    await platform.addUser({
      username: 'wangfang',
      password: 'correct horse',
      role: 'clerk',
      displayName: '王芳',
      department: '市场监督管理局',
      districtCode: '410423',
    });
    const ok = await post(
      platformRoutes.login,
      { username: 'wangfang', password: 'correct horse' },
      device.headers,
    );
    expect(ok.status).toBe(200);
    expect(LoginResponse.parse(await ok.json())).toEqual({
      user: {
        username: 'wangfang',
        displayName: '王芳',
        role: 'clerk',
        department: '市场监督管理局',
        districtCode: '410423',
      },
      // The user token for this user on this device (platform/access/user-tokens.ts).
      userToken: { token: expect.any(String) as string, expiresAt: expect.any(String) as string },
    });
    for (const body of [
      { username: 'wangfang', password: 'wrong' },
      { username: 'nobody', password: 'correct horse' },
    ]) {
      const refused = await post(platformRoutes.login, body, device.headers);
      expect(refused.status).toBe(401);
      expect(await errorOf(refused)).toEqual({ code: 'LOGIN_FAILED', message: '用户名或密码错误' });
    }
    const stored = platform.db
      .prepare("SELECT password_hash FROM users WHERE username = 'wangfang'")
      .get() as {
      password_hash: string;
    };
    expect(stored.password_hash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(stored.password_hash).not.toContain('correct horse');
  });

  it('upgrades a password hash made at the earlier scrypt cost at the next successful login', async () => {
    const device = await platform.enrol();
    await platform.addUser({ username: 'old.hash', password: 'old-password', role: 'clerk' });
    const salt = Buffer.from('0123456789abcdef');
    const key = scryptSync('old-password', salt, 32, { N: 16_384, r: 8, p: 1 });
    const earlier = `scrypt$16384$8$1$${salt.toString('base64url')}$${key.toString('base64url')}`;
    platform.db.prepare("UPDATE users SET password_hash = ? WHERE username = 'old.hash'").run(earlier);
    const hashOf = (): string =>
      platform.db
        .prepare("SELECT password_hash FROM users WHERE username = 'old.hash'")
        .pluck()
        .get() as string;

    const wrong = await post(
      platformRoutes.login,
      { username: 'old.hash', password: 'wrong' },
      device.headers,
    );
    expect(wrong.status).toBe(401);
    expect(hashOf()).toBe(earlier);
    const right = await post(
      platformRoutes.login,
      { username: 'old.hash', password: 'old-password' },
      device.headers,
    );
    expect(right.status).toBe(200);
    expect(hashOf()).toMatch(/^scrypt\$131072\$8\$1\$/);
    const again = await post(
      platformRoutes.login,
      { username: 'old.hash', password: 'old-password' },
      device.headers,
    );
    expect(again.status).toBe(200);
  });

  it('resets an existing user with the same call', async () => {
    await platform.addUser({ username: 'lisi', password: 'first-pass', role: 'clerk' });
    expect(await platform.addUser({ username: 'lisi', password: 'second-pass', role: 'supervisor' })).toBe(
      'updated',
    );
    const device = await platform.enrol();
    const response = await post(
      platformRoutes.login,
      { username: 'lisi', password: 'second-pass' },
      device.headers,
    );
    expect(LoginResponse.parse(await response.json()).user).toMatchObject({
      role: 'supervisor',
      districtCode: '410400',
    });
  });

  it('refuses every device route without a token or with a wrong one', async () => {
    const sha = 'a'.repeat(64);
    const routes: [string, string][] = [
      ['POST', platformRoutes.login],
      ['GET', `${platformRoutes.changes}?after=0`],
      ['POST', platformRoutes.outbox],
      ['PUT', `${platformRoutes.files}/${sha}`],
      ['GET', platformRoutes.snapshot],
      ['GET', `${platformRoutes.tableRows}/subjects`],
    ];
    for (const authorization of [undefined, 'Bearer not-a-token', 'Basic abc']) {
      for (const [method, path] of routes) {
        const response = await fetch(`${platform.url}${path}`, {
          method,
          headers: authorization === undefined ? {} : { authorization },
        });
        expect(response.status, `${method} ${path}`).toBe(401);
        expect(await errorOf(response)).toEqual({ code: 'DEVICE_UNKNOWN', message: '设备未登记或令牌无效' });
      }
    }
    const head = await fetch(`${platform.url}${platformRoutes.files}/${sha}`, { method: 'HEAD' });
    expect(head.status).toBe(401);
  });
});
