import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM } from '../playwright.config';
import { expectAccessible } from './axe';
import { signIn } from './steps';

const ROOT = resolve(__dirname, '..');
export const ARTIFACTS = join(ROOT, 'e2e', 'artifacts');
/** The build under test: dist/, or CCW_DIST_DIR when several builds share the checkout (see scripts/build.mjs). */
export const DIST_DIR = process.env.CCW_DIST_DIR ?? 'dist';

export type Host = { url: string; dataDir: string; process: ChildProcess; output: () => string };

/** The demo accounts' password (resources/demo/README.md): wangfang 窗口工作人员, zhaomin 督导人员, admin 管理员. */
export const DEMO_PASSWORD = 'demo1234';

/**
 * Starts the built browser host on a free port with its own fresh data directory. `devStart`: through
 * `npm start`'s script instead, which runs the demo platform as its own process and points the host at it, as on a
 * developer's checkout: 'start' as on a PC where the Electron runtime cannot be had (it says so and serves the
 * browser host), 'start:browser' asking for the browser host.
 */
export async function startHost(
  env: NodeJS.ProcessEnv = { PLATFORM_URL: 'none' },
  devStart: false | 'start' | 'start:browser' = false,
): Promise<Host> {
  const hostScript = join(ROOT, DIST_DIR, 'browser', 'host.cjs');
  if (!existsSync(hostScript))
    throw new Error('dist/browser/host.cjs is missing: run `npm run build` first.');
  const dataDir = mkdtempSync(join(tmpdir(), 'ccw-e2e-'));
  const startScript = join(ROOT, 'scripts', 'start.mjs');
  const script =
    devStart === false ? [hostScript] : devStart === 'start' ? [startScript] : [startScript, '--browser'];
  const { PLATFORM_URL: _inherited, CCW_DEPLOYMENT_FILE: _configured, ...outer } = process.env;
  const child = spawn(process.execPath, [...script, '--port', '0', '--data-dir', dataDir], {
    // By default offline-only with the demo data seeded locally: the check tests need no platform.
    env: {
      ...outer,
      ...(devStart === false
        ? {}
        : { CCW_DEMO_PLATFORM_DIR: join(dataDir, 'demo-platform'), PLATFORM_PORT: '0' }),
      // No Electron runtime to be had (scripts/electron-runtime.mjs), even where this machine has one.
      ...(devStart === 'start'
        ? { CCW_ELECTRON_DIR: join(dataDir, 'no-electron'), ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }
        : {}),
      // The cache key beside the data folder (never inside it), not in the user's own configuration folder.
      CCW_KEY_FILE: `${dataDir}.key`,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser host did not start:\n${output}`)), 20_000);
    const read = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const match = /CCW_URL=(\S+)/.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => reject(new Error(`browser host exited (${code}):\n${output}`)));
  });
  return { url, dataDir, process: child, output: () => output };
}

export async function stopHost(host: Host): Promise<void> {
  const exited = new Promise((done) => {
    if (host.process.exitCode !== null) done(null);
    else host.process.once('exit', done);
  });
  host.process.kill('SIGTERM');
  await Promise.race([exited, new Promise((done) => setTimeout(done, 5_000))]);
  rmSync(host.dataDir, { recursive: true, force: true });
  rmSync(`${host.dataDir}.key`, { force: true });
}

export const test = base.extend<{ host: Host; app: Page }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium not found at ${CHROMIUM}: install Debian's chromium (see .ci/run) or set CHROMIUM_PATH.`,
      );
    }
    const host = await startHost();
    await use(host);
    await stopHost(host);
  },
  // Signed in as the administrator: the existing specs change settings, which is the administrator's.
  app: async ({ page, host }, use) => {
    await page.goto(host.url);
    await signIn(page, 'admin', DEMO_PASSWORD);
    await expect(page.getByTestId('check-page')).toBeVisible();
    await use(page);
  },
});

export { expect };

type DemoSubject = { id: string; name: string; identifier: string };
const demo = JSON.parse(readFileSync(join(ROOT, 'resources', 'demo', 'demo-data.json'), 'utf8')) as {
  subjects: DemoSubject[];
};

/** A subject of the demo data set by id (ids and roles are listed in resources/demo/README.md). */
export function demoSubject(id: string): DemoSubject {
  const subject = demo.subjects.find((candidate) => candidate.id === id);
  if (subject === undefined) throw new Error(`demo subject ${id} is missing`);
  return subject;
}

/** A screenshot for the docs and for looking at, and the page as it is checked by axe-core (e2e/axe.ts). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  await expectAccessible(page, name);
}
