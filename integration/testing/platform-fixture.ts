import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundleForNode } from '../../node-shared/testing/bundle';
import { startPlatform, type RunningPlatform, type StartOptions } from '../../platform/start-platform';
import type { PlatformTls } from '../../platform/server';
import { RESOURCES_DIR, tempDir } from '../../electron/core/testing/temp-core';
import type { Core } from '../../electron/core/core';
import { dispatch } from '../../electron/core/ipc/dispatch';
import { loadDemoUnit } from '../../node-shared/auth/demo-users';
import type { RetryPolicy } from '../../electron/core/sync/retry';

/** Quick retries so fault tests finish in seconds; the algorithm is the production one. */
export const FAST_RETRY: RetryPolicy = { attempts: 10, baseDelayMs: 5, maxDelayMs: 60 };

/** A real reference platform on loopback in a fresh directory (HTTPS given `tls`); restartable on the same data. */
export async function openTempPlatform(
  withDemo = true,
  tls?: PlatformTls,
  /** More of the platform's start options (e.g. its external query adapter). */
  extra: Partial<StartOptions> = {},
): Promise<{
  current: () => RunningPlatform;
  dataDir: string;
  stop: () => Promise<void>;
  restart: () => Promise<RunningPlatform>;
  dispose: () => Promise<void>;
}> {
  const dir = tempDir('ccw-platform-');
  const start = (): Promise<RunningPlatform> =>
    startPlatform({
      dataDir: dir.path,
      port: 0,
      resourcesDir: RESOURCES_DIR,
      withDemo,
      ...(tls === undefined ? {} : { tls }),
      ...extra,
    });
  let platform: RunningPlatform | null = await start();
  const stop = async (): Promise<void> => {
    await platform?.close();
    platform = null;
  };
  return {
    dataDir: dir.path,
    current: () => {
      if (platform === null) throw new Error('the platform is stopped');
      return platform;
    },
    stop,
    restart: async () => {
      await stop();
      platform = await start();
      return platform;
    },
    dispose: async () => {
      await stop();
      dir.remove();
    },
  };
}

const ROOT = resolve(__dirname, '..', '..');
// Two levels below the project root, like dist/<part>/, so bundles find resources/ and node_modules as built.
const BUNDLES = join(ROOT, '.test-bundles');

/** Bundles an entry (the sync worker, the platform CLI) for tests that run it as a process of its own. */
export async function bundle(entry: string, name: string): Promise<string> {
  mkdirSync(join(BUNDLES, name), { recursive: true });
  return bundleForNode(join(ROOT, entry), join(BUNDLES, name, `${name}.cjs`));
}

/** Runs a bundled script, handing each stdout line to `onLine`. */
export function runScript(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  onLine: (line: string) => void,
): { child: ChildProcess; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [script, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let buffer = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    let newline = buffer.indexOf('\n');
    while (newline >= 0) {
      onLine(buffer.slice(0, newline));
      buffer = buffer.slice(newline + 1);
      newline = buffer.indexOf('\n');
    }
  });
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, exited };
}

/**
 * Test setup: configures the platform a core may enrol at (as the deployment configuration does for a real PC:
 * the enrolment request names none) and enrols there.
 */
export function enrolAt(
  core: Pick<Core, 'sync'>,
  url: string,
  request: { code: string; deviceName: string },
): ReturnType<Core['sync']['enrol']> {
  core.sync.usePlatformUrl(url);
  return core.sync.enrol(request);
}

/** The demo accounts' password (resources/demo/README.md) and their office, for which test PCs are enrolled. */
export const DEMO_PASSWORD = 'demo1234';
export const DEMO_UNIT = loadDemoUnit(RESOURCES_DIR);

/**
 * Test setup: enrols a client at the platform with a fresh one-time code and runs its first sync. `signIn`: a
 * demo account that then signs in online, so the workflow entries it makes carry its user token (the platform
 * refuses them otherwise); the code then names the demo accounts' office, for which the PC is enrolled.
 */
export async function enrolAndSync(
  core: Pick<Core, 'sync' | 'handlers'>,
  platform: RunningPlatform,
  deviceName: string,
  options: { signIn?: string } = {},
): Promise<void> {
  const enrolled = await enrolAt(core, platform.url, {
    // Only a PC that writes workflow items needs its office (and then takes it as its 受理单位).
    code: platform.issueCode(options.signIn === undefined ? null : DEMO_UNIT),
    deviceName,
  });
  if (!enrolled.ok) throw new Error(enrolled.error.message);
  if (options.signIn !== undefined) await signInOnline(core, options.signIn);
  const first = await core.sync.run();
  if (!first.ok) throw new Error(first.error.message);
}

/** A user (by default a demo account) signs in online on the client (auth:sign-in), which stores its user token. */
export async function signInOnline(
  core: Pick<Core, 'handlers'>,
  username: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  const signedIn = await dispatch(core.handlers, 'auth:sign-in', { username, password });
  if (!signedIn.ok) throw new Error(signedIn.error.message);
}
