import { spawn, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Health, platformRoutes } from '../shared/platform-api/api';
import { RESOURCES_DIR, tempDir } from './testing/temp-platform';

// The CLI as shipped: main.ts bundled the way scripts/build.mjs bundles it, run as a child process.
const ROOT = resolve(__dirname, '..');
const work = tempDir('ccw-platform-cli-');
const bundle = join(work.path, 'platform.cjs');
const env = {
  ...process.env,
  NODE_PATH: join(ROOT, 'node_modules'),
  PLATFORM_DATA_DIR: join(work.path, 'data'),
  PLATFORM_RESOURCES_DIR: RESOURCES_DIR,
};

beforeAll(async () => {
  await build({
    entryPoints: [join(__dirname, 'main.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['better-sqlite3'],
    logLevel: 'silent',
    outfile: bundle,
  });
});
afterAll(() => work.remove());

const cli = (...args: string[]): { status: number | null; stdout: string; stderr: string } =>
  spawnSync(process.execPath, [bundle, ...args], { env, encoding: 'utf8' });

describe('platform CLI', () => {
  it('issues enrolment codes and adds users, then exits', () => {
    const issued = cli('--issue-code');
    expect(issued.status).toBe(0);
    expect(issued.stdout.trim()).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    const added = cli(
      '--add-user',
      'zhaolei',
      '--password',
      'secret-123',
      '--role',
      'supervisor',
      '--display-name',
      '赵磊',
    );
    expect(added.status).toBe(0);
    expect(added.stdout).toContain('已创建');
    const badRole = cli('--add-user', 'x', '--password', 'secret-123', '--role', 'boss');
    expect(badRole.status).toBe(1);
    expect(badRole.stderr).toContain('--role');
    expect(cli('--no-such-flag').status).toBe(1);
  });

  it('serves, prints PLATFORM_URL on a line of its own, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [bundle], { env: { ...env, PLATFORM_PORT: '0' } });
    try {
      const url = await new Promise<string>((resolveUrl, reject) => {
        let out = '';
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (chunk: string) => {
          out += chunk;
          const line = /^PLATFORM_URL=(http:\/\/127\.0\.0\.1:\d+)$/m.exec(out);
          if (line?.[1] !== undefined) resolveUrl(line[1]);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
      });
      const health = Health.parse(await (await fetch(`${url}${platformRoutes.health}`)).json());
      expect(health.status).toBe('ok');
      const exited = new Promise<number | null>((resolveExit) => child.once('exit', resolveExit));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
