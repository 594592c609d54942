import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MessageBoxOptions, MessageBoxReturnValue, SaveDialogReturnValue } from 'electron';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { channelRoles } from '../../shared/auth/roles';
import { channelNames, sampleRequests as validRequests } from '../../shared/contract/channels';
import { EVENT_CHANNEL } from '../../shared/contract/events';
import type { Result } from '../../shared/result';
import { reportCoreExit } from './core-exit';
import { printHandlers } from './printing';
import { bundleCoreProcess } from './testing/core-process-bundle';
import { APP_URL, OFFLINE_DEMO, coreEnv, startShell, type Shell } from './testing/core-process-fixture';
import { fakeInvokeEvent, fakeSubframe, fakeTopFrame, type FakeInvokeEvent } from './testing/fake-electron';

// The shell against the real core in a (fake) utility process: a Node child running the bundled
// electron/core/process/core-process.ts behind a parentPort shim, so each call crosses a process boundary.
const CJK = /[\u4e00-\u9fff]/;
let bundle: { entry: string; shim: string };
const disposers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  bundle = await bundleCoreProcess('core-process-test');
}, 60_000);

afterEach(async () => {
  for (const dispose of disposers.splice(0)) await dispose();
});

async function shell(options: Parameters<typeof startShell>[1] = {}): Promise<Shell> {
  const run = await startShell(bundle, options);
  disposers.push(run.dispose);
  if (!run.started.ok) throw new Error(`core process failed to start: ${run.started.error.message}`);
  return run.started.value;
}

async function startFailure(options: Parameters<typeof startShell>[1]): Promise<{
  result: Result<unknown>;
  exited: Promise<number>[];
}> {
  const run = await startShell(bundle, options);
  disposers.push(run.dispose);
  return { result: run.started, exited: run.fakes.processes.map((child) => child.exited) };
}

const requestsOn = (running: Shell): unknown[] =>
  running.channel.port1.posted.filter(
    (message) => typeof message === 'object' && message !== null && 'channel' in message,
  );

const signIn = async (running: Shell, username: string): Promise<void> => {
  const signed = await running.invoke('auth:sign-in', { username, password: 'demo1234' });
  if (!signed.ok) throw new Error(`sign-in failed: ${signed.error.message}`);
};

const codeOf = (result: Result<unknown>): string | null => (result.ok ? null : result.error.code);

describe('the core in a utility process: calls over the port', () => {
  it('answers a call from another process through the core’s dispatch', async () => {
    const running = await shell();
    expect(running.process.pid).not.toBe(process.pid);
    const info = await running.invoke('app:info', {});
    expect(info).toMatchObject({ ok: true, value: { host: 'electron', version: 'test', demoData: true } });
    expect(requestsOn(running)).toEqual([{ type: 'request', id: 0, channel: 'app:info', payload: {} }]);
  });

  it('validates the request in the core: a bad payload crosses and comes back BAD_REQUEST in Chinese', async () => {
    const running = await shell();
    await signIn(running, 'wangfang');
    const result = await running.invoke('subjects:search', { query: 42 });
    expect(codeOf(result)).toBe('BAD_REQUEST');
    if (!result.ok) expect(result.error.message).toMatch(CJK);
    expect(requestsOn(running)).toContainEqual(
      expect.objectContaining({ channel: 'subjects:search', payload: { query: 42 } }),
    );
  });

  it('refuses an untrusted sender on every channel before anything reaches the core', async () => {
    const running = await shell();
    const strangers: FakeInvokeEvent[] = [
      fakeInvokeEvent(running.window.webContents.id + 1, fakeTopFrame(APP_URL)),
      fakeInvokeEvent(running.window.webContents.id, fakeSubframe(APP_URL, APP_URL)),
      fakeInvokeEvent(running.window.webContents.id, fakeTopFrame('https://evil.example/')),
      fakeInvokeEvent(running.window.webContents.id, null),
    ];
    for (const stranger of strangers) {
      for (const channel of channelNames) {
        const result = await running.invoke(channel, validRequests[channel], stranger);
        expect(codeOf(result), channel).toBe('FORBIDDEN');
      }
    }
    expect(requestsOn(running)).toEqual([]);
  });

  it('puts every channel through the core’s role guard: before sign-in only the public ones answer', async () => {
    const printed: string[] = [];
    const running = await shell({
      hostHandlers: printHandlers({
        dialog: {
          showSaveDialog: () => {
            printed.push('dialog');
            return Promise.resolve({ canceled: true, filePath: '' });
          },
        },
        window: () => null,
        writeFile: () => Promise.resolve(),
      }),
    });
    for (const channel of channelNames) {
      if (channelRoles[channel] === 'public') continue;
      const result = await running.invoke(channel, validRequests[channel]);
      expect(codeOf(result), channel).toBe('SIGN_IN_REQUIRED');
    }
    expect(printed).toEqual([]);
  });

  it('refuses a role-guarded channel for the wrong role, in Chinese, over the port', async () => {
    const running = await shell();
    await signIn(running, 'wangfang');
    expect(await running.invoke('catalogue:get', {})).toMatchObject({ ok: true });
    for (const channel of ['dashboard:get', 'audit:list', 'reports:issue', 'settings:update'] as const) {
      const result = await running.invoke(channel, validRequests[channel]);
      expect(codeOf(result), channel).toBe('ROLE_FORBIDDEN');
      if (!result.ok) expect(result.error.message).toMatch(CJK);
    }
  });

  it('brings the core’s events to the renderer on the event channel', async () => {
    const running = await shell();
    await signIn(running, 'wangfang');
    await running.invoke('auth:sign-out', {});
    const sessions = running.window.webContents.sent
      .filter((sent) => sent.channel === EVENT_CHANNEL)
      .map((sent) => sent.args[0])
      .filter((event) => (event as { type: string }).type === 'session');
    expect(sessions).toMatchObject([
      { type: 'session', session: { user: { username: 'wangfang', role: 'clerk' } } },
      { type: 'session', session: null },
    ]);
    expect(running.window.webContents.sent.every((sent) => sent.channel === EVENT_CHANNEL)).toBe(true);
  });

  it('prints in main once the core allows it (reports:pdf asks the core first)', async () => {
    const saved: string[] = [];
    const running = await shell({
      hostHandlers: printHandlers({
        dialog: {
          showSaveDialog: (): Promise<SaveDialogReturnValue> =>
            Promise.resolve({ canceled: false, filePath: '/reports/report.pdf' }),
        },
        window: () => null,
        writeFile: (path) => {
          saved.push(path);
          return Promise.resolve();
        },
      }),
    });
    await signIn(running, 'zhaomin');
    const issued = await running.invoke('reports:issue', {
      subjectId: 'demo-s-0001',
      purpose: '政府采购供应商资格审查',
      caseNumber: 'CG-1',
    });
    if (!issued.ok) throw new Error(issued.error.message);
    const { number } = issued.value as { number: string };
    const printer = {
      id: running.window.webContents.id,
      printToPDF: () => Promise.resolve(new Uint8Array([0x25, 0x50, 0x44, 0x46])),
    };
    const event = { sender: printer, senderFrame: fakeTopFrame(APP_URL) } as unknown as FakeInvokeEvent;
    expect(await running.invoke('reports:pdf', { number }, event)).toEqual({
      ok: true,
      value: { saved: true, path: '/reports/report.pdf' },
    });
    expect(saved).toEqual(['/reports/report.pdf']);
    expect(requestsOn(running)).toContainEqual(
      expect.objectContaining({ channel: 'reports:pdf', payload: { number } }),
    );
  });
});

describe('the core in a utility process: start and stop', () => {
  it('reports a core that cannot open its cache with the core’s Chinese error, and ends the process', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ccw-newer-'));
    disposers.push(() => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })));
    const db = new Database(join(dataDir, 'cache.sqlite3'));
    db.pragma('user_version = 9999');
    db.close();
    const { result, exited } = await startFailure({ dataDir });
    expect(codeOf(result)).toBe('DB_NEWER_THAN_APP');
    if (!result.ok) expect(result.error.message).toMatch(/本地数据库版本（9999）/);
    await expect(Promise.all(exited)).resolves.toHaveLength(1);
  });

  it('reports a failed enrolment named by the environment (the platform env is read in the core process)', async () => {
    const { result } = await startFailure({
      env: coreEnv({ PLATFORM_URL: 'http://127.0.0.1:9', CCW_ENROL_CODE: 'ABCDEF12' }),
    });
    expect(codeOf(result)).toBe('SYNC_ENROL_FAILED');
    if (!result.ok) expect(result.error.message).toMatch(CJK);
  });

  it('reports a core process that dies while starting', async () => {
    const { result } = await startFailure({ modulePath: join(tmpdir(), 'no-such-core-process.cjs') });
    expect(codeOf(result)).toBe('CORE_UNAVAILABLE');
    if (!result.ok) expect(result.error.message).toMatch(/核心服务启动时意外退出/);
  });

  it('stops cleanly: the database closed (no WAL left), exit code 0, later calls refused in Chinese', async () => {
    const running = await shell({ env: coreEnv(OFFLINE_DEMO) });
    const exits: number[] = [];
    running.core.onExit((code) => exits.push(code));
    await signIn(running, 'wangfang');
    expect(existsSync(join(running.dataDir, 'cache.sqlite3-wal'))).toBe(true);
    await running.core.stop();
    expect(await running.process.exited).toBe(0);
    expect(existsSync(join(running.dataDir, 'cache.sqlite3-wal'))).toBe(false);
    expect(exits).toEqual([]);
    const after = await running.invoke('app:info', {});
    expect(codeOf(after)).toBe('CORE_UNAVAILABLE');
    if (!after.ok) expect(after.error.message).toMatch(CJK);
  });
});

// A frozen process (SIGSTOP) is a core that hangs, deterministically; POSIX only.
describe.skipIf(process.platform === 'win32')('the core in a utility process: hangs and deaths', () => {
  it('answers a call the core does not answer in time with CORE_TIMEOUT, and drops the late answer', async () => {
    const running = await shell({ timing: { requestMs: 300 } });
    running.process.pause(true);
    const late = await running.invoke('app:info', {});
    expect(codeOf(late)).toBe('CORE_TIMEOUT');
    if (!late.ok) expect(late.error.message).toMatch(CJK);
    running.process.pause(false);
    expect(await running.invoke('app:info', {})).toMatchObject({ ok: true });
    await expect
      .poll(() => running.logged.some((line) => line.includes('came after its time was up')))
      .toBe(true);
  });

  it('ends the calls in flight when the core dies, and asks the user in Chinese to restart or quit', async () => {
    const running = await shell();
    const asked: MessageBoxOptions[] = [];
    const calls: string[] = [];
    const told = new Promise<void>((resolve) =>
      running.core.onExit((code) => {
        calls.push(`exit ${code}`);
        void reportCoreExit(
          {
            dialog: {
              showMessageBox: (options): Promise<MessageBoxReturnValue> => {
                asked.push(options);
                return Promise.resolve({ response: 0, checkboxChecked: false });
              },
            },
            app: { relaunch: () => calls.push('relaunch'), quit: () => calls.push('quit') },
          },
          code,
        ).then(resolve);
      }),
    );
    running.process.pause(true);
    const inFlight = running.invoke('app:info', {});
    running.process.child.kill('SIGKILL');
    const result = await inFlight;
    expect(codeOf(result)).toBe('CORE_UNAVAILABLE');
    if (!result.ok) expect(result.error.message).toMatch(CJK);
    await told;
    expect(calls).toEqual(['exit 137', 'relaunch', 'quit']);
    expect(asked).toMatchObject([
      { type: 'error', title: '核心服务意外退出', buttons: ['重新启动', '退出'] },
    ]);
    expect(codeOf(await running.invoke('app:info', {}))).toBe('CORE_UNAVAILABLE');
  });
});
