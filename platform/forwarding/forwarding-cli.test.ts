import { spawn, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundlePlatformCli, cliDatabaseEnv } from '../testing/cli-bundle';
import { RESOURCES_DIR, tempDir } from '../testing/temp-platform';

// The CLI as shipped (main.ts bundled), run as a child process.
const ROOT = resolve(__dirname, '..', '..');
const work = tempDir('ccw-forwarding-cli-');
const bundle = join(work.path, 'platform.cjs');
const env = {
  ...process.env,
  NODE_PATH: join(ROOT, 'node_modules'),
  PLATFORM_DATA_DIR: join(work.path, 'data'),
  PLATFORM_RESOURCES_DIR: RESOURCES_DIR,
  PROVINCIAL_RECEIVER_PORT: '0',
};

/** The environment of a CLI child: on PostgreSQL, the database of the data directory the test opened. */
const cliEnv = () => ({ ...env, ...cliDatabaseEnv(env.PLATFORM_DATA_DIR) });

beforeAll(() => bundlePlatformCli(bundle));
afterAll(() => work.remove());

const cli = (...args: string[]) =>
  spawnSync(process.execPath, [bundle, ...args], { env: cliEnv(), encoding: 'utf8' });

describe('platform CLI: feedback forwarding', { timeout: 60_000 }, () => {
  it('serves the reference receiver alone, which refuses a record outside the field set in Chinese', async () => {
    const child = spawn(process.execPath, [bundle, '--provincial-receiver'], { env: cliEnv() });
    try {
      const url = await new Promise<string>((done, fail) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString('utf8');
          const found = /RECEIVER_URL=(\S+)/.exec(out);
          if (found?.[1] !== undefined) done(found[1]);
        });
        child.on('exit', (code) => fail(new Error(`exited ${code}`)));
      });
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ deliveryKey: 'd:f', record: { entityName: '某公司' } }),
      });
      expect(response.status).toBe(422);
      const body = (await response.json()) as { code: string; message: string };
      expect(body.code).toBe('FIELDS_INVALID');
      expect(body.message).toMatch(/^字段不符合报送字段集：/);
      const listed = (await (await fetch(url)).json()) as { records: unknown[] };
      expect(listed.records).toEqual([]);
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('refuses a wrong receiver mode or address in Chinese, and lists the queue', () => {
    const mode = cli('--provincial-receiver', '--receiver-mode', 'sometimes');
    expect(mode.status).toBe(1);
    expect(mode.stderr).toContain('--receiver-mode 应为 ok、error、timeout 或 reset');
    const alone = cli('--receiver-mode', 'error');
    expect(alone.status).toBe(1);
    expect(alone.stderr).toContain('--receiver-mode 只与 --provincial-receiver 一起使用');
    const address = cli('--provincial-url', 'ftp://province.example');
    expect(address.status).toBe(1);
    expect(address.stderr).toContain('省联合奖惩系统接收地址应以 http:// 或 https:// 开头');
    const queue = cli('--feedback-deliveries');
    expect(queue.status).toBe(0);
    expect(queue.stdout.trim()).toBe('尚无待报送或已报送的反馈');
  });
});
