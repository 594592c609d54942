import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Health, LoginResponse, PlatformError, platformRoutes } from '../../shared/platform-api/api';
import { platformCli, type PlatformCli } from '../testing/cli-bundle';
import { startTempPlatform, tempDir } from '../testing/temp-platform';

// Finding 6: the demo accounts (admin:demo1234 can publish rule tables) exist only in explicit demo mode.
const work = tempDir('ccw-platform-demo-');
let plain: PlatformCli;
let demo: PlatformCli;
beforeAll(async () => {
  plain = await platformCli(work.path, join(work.path, 'plain'));
  demo = await platformCli(work.path, join(work.path, 'demo'));
});
afterAll(() => work.remove());

const ADMIN = { username: 'admin', password: 'demo1234' };

async function enrolAndLogin(url: string, code: string): Promise<Response> {
  const enrolled = await fetch(`${url}${platformRoutes.enrol}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, deviceName: '测试窗口' }),
  });
  const { deviceToken } = (await enrolled.json()) as { deviceToken: string };
  return fetch(`${url}${platformRoutes.login}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${deviceToken}` },
    body: JSON.stringify(ADMIN),
  });
}

const demoOf = async (url: string): Promise<boolean | undefined> =>
  Health.parse(await (await fetch(`${url}${platformRoutes.health}`)).json()).demo;

const basicAdmin = `Basic ${Buffer.from(`${ADMIN.username}:${ADMIN.password}`).toString('base64')}`;

describe('demo mode', { timeout: 60_000 }, () => {
  it('is off by default: a plain `npm run platform` refuses admin:demo1234, also for publishing a rule table', async () => {
    const server = await plain.serve();
    try {
      const code = plain.run(['--issue-code']).stdout.trim();
      const login = await enrolAndLogin(server.url, code);
      expect(login.status).toBe(401);
      expect(PlatformError.parse(await login.json()).code).toBe('LOGIN_FAILED');
      const publish = await fetch(`${server.url}${platformRoutes.rules}/commitment-rules`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', authorization: basicAdmin },
        body: JSON.stringify({ content: {} }),
      });
      expect(publish.status).toBe(401);
      expect(server.stderr()).not.toContain('演示平台');
      // health says it is no demo platform: a client in 培训模式 refuses it (integration/sync/training.test.ts).
      expect(await demoOf(server.url)).toBe(false);
    } finally {
      await server.stop();
    }
    expect(plain.run(['--no-demo']).stderr).toContain('--no-demo 已取消');
  });

  it('with --demo loads the demo accounts, says so loudly, and admin:demo1234 signs in', async () => {
    const server = await demo.serve(['--demo']);
    try {
      const code = demo.run(['--issue-code']).stdout.trim();
      const login = await enrolAndLogin(server.url, code);
      expect(login.status).toBe(200);
      expect(LoginResponse.parse(await login.json()).user.role).toBe('admin');
      expect(server.stderr()).toContain('【演示平台】');
      expect(await demoOf(server.url)).toBe(true);
    } finally {
      await server.stop();
    }
  });

  it('leaves demo accounts already in a database unable to sign in once started without demo mode', async () => {
    const dir = tempDir();
    const first = await startTempPlatform({ dataDir: dir.path, withDemo: true });
    const device = await first.enrol();
    await first.dispose();
    const again = await startTempPlatform({ dataDir: dir.path });
    try {
      const login = await fetch(`${again.url}${platformRoutes.login}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...device.headers },
        body: JSON.stringify(ADMIN),
      });
      expect(login.status).toBe(401);
      // Reset by an operator, the account is an ordinary one again.
      await again.addUser({ username: 'admin', password: 'city-admin-2026', role: 'admin' });
      const reset = await fetch(`${again.url}${platformRoutes.login}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...device.headers },
        body: JSON.stringify({ username: 'admin', password: 'city-admin-2026' }),
      });
      expect(reset.status).toBe(200);
    } finally {
      await again.dispose();
      dir.remove();
    }
  });
});
