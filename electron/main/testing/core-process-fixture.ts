import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Result } from '../../../shared/result';
import { newCacheKey } from '../../core/testing/temp-core';
import { APP_URL } from '../app-protocol';
import { startCoreProcess, type CoreProcess, type CoreTiming } from '../core-client';
import { connectCore, type HostHandlers } from '../ipc';
import {
  FakeIpcMain,
  FakeWebContents,
  fakeInvokeEvent,
  fakeTopFrame,
  type FakeInvokeEvent,
} from './fake-electron';
import {
  fakeUtilityProcesses,
  type FakeMessageChannelMain,
  type FakeUtilityProcess,
} from './fake-utility-process';

export { APP_URL };
export const RESOURCES_DIR = resolve(__dirname, '..', '..', '..', 'resources');

/** The environment the core process gets: main's, without a developer's platform settings, plus the test's. */
export function coreEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['PLATFORM_URL', 'CCW_ENROL_CODE', 'CCW_DEMO_PLATFORM', 'CCW_DEPLOYMENT_FILE'])
    delete env[name];
  return { ...env, ...extra };
}

/** Offline with the bundled demo data and its demo accounts (resources/demo/README.md), as the e2e tests run. */
export const OFFLINE_DEMO = { PLATFORM_URL: 'none' };

export type Shell = {
  core: CoreProcess;
  ipcMain: FakeIpcMain;
  window: { webContents: FakeWebContents };
  process: FakeUtilityProcess;
  channel: FakeMessageChannelMain;
  dataDir: string;
  logged: string[];
  /** A call from the main window's top frame showing the app's page: the trusted sender. */
  trusted: () => FakeInvokeEvent;
  invoke: (channel: string, payload: unknown, event?: FakeInvokeEvent) => Promise<Result<unknown>>;
};

/**
 * The shell as main.ts assembles it — the core in a (fake) utility process running the real bundled entry, every
 * channel bound on a fake ipcMain with main's trust rule, events to a fake window — on a fresh data directory
 * (or the one given). `dispose` stops the core and removes the directory it made.
 */
export async function startShell(
  bundle: { entry: string; shim: string },
  options: {
    env?: NodeJS.ProcessEnv;
    dataDir?: string;
    /** The key of a cache made beforehand in `dataDir`; a fresh one otherwise. */
    cacheKey?: string;
    timing?: Partial<CoreTiming>;
    hostHandlers?: HostHandlers;
    modulePath?: string;
  } = {},
): Promise<{
  started: Result<Shell>;
  fakes: ReturnType<typeof fakeUtilityProcesses>;
  logged: string[];
  dispose: () => Promise<void>;
}> {
  const ownDir = options.dataDir === undefined ? mkdtempSync(join(tmpdir(), 'ccw-core-process-')) : null;
  const dataDir = options.dataDir ?? ownDir ?? '';
  const fakes = fakeUtilityProcesses(bundle.shim);
  const logged: string[] = [];
  const log = (message: string): void => {
    logged.push(message);
  };
  const started = await startCoreProcess({
    fork: fakes.fork,
    createChannel: fakes.createChannel,
    modulePath: options.modulePath ?? bundle.entry,
    options: {
      dataDir,
      resourcesDir: RESOURCES_DIR,
      version: 'test',
      nativeBinding: null,
      syncWorkerScript: null,
      cacheKey: options.cacheKey ?? newCacheKey(),
    },
    env: options.env ?? coreEnv(OFFLINE_DEMO),
    log,
    ...(options.timing === undefined ? {} : { timing: options.timing }),
  });
  const dispose = async (): Promise<void> => {
    if (started.ok) await started.value.stop();
    for (const child of fakes.processes) if (child.exitCode === null) child.kill();
    await Promise.all(fakes.processes.map((child) => child.exited));
    if (ownDir !== null) rmSync(ownDir, { recursive: true, force: true });
  };
  if (!started.ok) return { started, fakes, logged, dispose };
  const ipcMain = new FakeIpcMain();
  const window = { webContents: new FakeWebContents(7) };
  connectCore({
    ipcMain: ipcMain.asIpcMain(),
    core: started.value,
    window: () => window,
    appUrl: APP_URL,
    log,
    hostHandlers: options.hostHandlers ?? {},
  });
  const trusted = (): FakeInvokeEvent => fakeInvokeEvent(window.webContents.id, fakeTopFrame(APP_URL));
  const [child] = fakes.processes;
  const [channel] = fakes.channels;
  if (child === undefined || channel === undefined) throw new Error('startCoreProcess forked nothing');
  return {
    started: {
      ok: true,
      value: {
        core: started.value,
        ipcMain,
        window,
        process: child,
        channel,
        dataDir,
        logged,
        trusted,
        invoke: async (name, payload, event = trusted()) =>
          (await ipcMain.invoke(name, event, payload)) as Result<unknown>,
      },
    },
    fakes,
    logged,
    dispose,
  };
}
