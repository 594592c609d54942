import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  channelNames,
  channels,
  sampleRequests as validRequests,
  type Channel,
} from '../../shared/contract/channels';
import { err, ok, type Result } from '../../shared/result';
import { createCore, type Core } from '../core/core';
import { newCacheKey } from '../core/testing/temp-core';
import type { Handlers } from '../core/ipc/handlers';
import { signInForTests } from '../core/auth/test-session';
import { APP_URL } from './app-protocol';
import { bindContract } from './ipc';
import { isTrustedSender } from './security';
import {
  FakeIpcMain,
  fakeInvokeEvent,
  fakeSubframe,
  fakeTopFrame,
  type FakeInvokeEvent,
} from './testing/fake-electron';
import { callInProcess } from './testing/in-process-core';

const WINDOW_ID = 7;
const CJK = /[\u4e00-\u9fff]/;

/** The main window's top frame showing the app's page: the one sender that is trusted. */
const trusted = (): FakeInvokeEvent => fakeInvokeEvent(WINDOW_ID, fakeTopFrame(APP_URL));

type Call = { channel: Channel; request: unknown };

/** A handler for every channel that records its calls and answers with the given Result (an error otherwise). */
function stubHandlers(responses: Partial<Record<Channel, Result<unknown>>> = {}): {
  handlers: Handlers;
  calls: Call[];
} {
  const calls: Call[] = [];
  const stub =
    (channel: Channel) =>
    (request: unknown): Result<unknown> => {
      calls.push({ channel, request });
      return responses[channel] ?? err('INTERNAL', '测试桩：未设定返回值');
    };
  return {
    handlers: Object.fromEntries(channelNames.map((channel) => [channel, stub(channel)])) as Handlers,
    calls,
  };
}

/** bindContract on a fake ipcMain with main.ts's trust rule (the real isTrustedSender). */
function bind(
  handlers: Handlers,
  window: { id: number } | null = { id: WINDOW_ID },
): { ipcMain: FakeIpcMain; logged: string[] } {
  const ipcMain = new FakeIpcMain();
  const logged: string[] = [];
  const log = (message: string): void => {
    logged.push(message);
  };
  bindContract(
    ipcMain.asIpcMain(),
    callInProcess(handlers, log),
    (event) => isTrustedSender(event, { webContents: window, appUrl: APP_URL }),
    log,
  );
  return { ipcMain, logged };
}

describe('bindContract: channels', () => {
  it('binds exactly the channels of the contract table, each once', () => {
    const { ipcMain } = bind(stubHandlers().handlers);
    const bound = ipcMain.channels();
    expect(new Set(bound)).toEqual(new Set(Object.keys(channels)));
    expect(new Set(bound)).toEqual(new Set(channelNames));
    expect(bound).toHaveLength(Object.keys(channels).length);
  });

  it('binds no channel outside the contract (the event channel included)', () => {
    const { ipcMain } = bind(stubHandlers().handlers);
    const extra = ipcMain
      .channels()
      .filter((channel) => !Object.prototype.hasOwnProperty.call(channels, channel));
    expect(extra).toEqual([]);
    expect(ipcMain.channels()).not.toContain('app:event');
  });

  it('routes each channel to its own handler', async () => {
    const { handlers, calls } = stubHandlers();
    const { ipcMain } = bind(handlers);
    for (const channel of channelNames) {
      calls.length = 0;
      const result = await ipcMain.invoke(channel, trusted(), validRequests[channel]);
      // The stubs answer with an error Result, which comes back as it is.
      expect(result, channel).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
      expect(calls.map((call) => call.channel)).toEqual([channel]);
    }
  });
});

describe('bindContract: the sender check', () => {
  const untrusted: [string, FakeInvokeEvent][] = [
    ['another webContents', fakeInvokeEvent(WINDOW_ID + 1, fakeTopFrame(APP_URL))],
    ['a subframe of the app page', fakeInvokeEvent(WINDOW_ID, fakeSubframe(APP_URL, APP_URL))],
    ['a remote subframe', fakeInvokeEvent(WINDOW_ID, fakeSubframe('https://evil.example/', APP_URL))],
    [
      'the top frame showing a remote page',
      fakeInvokeEvent(WINDOW_ID, fakeTopFrame('https://evil.example/')),
    ],
    [
      'the top frame showing another local file',
      fakeInvokeEvent(WINDOW_ID, fakeTopFrame('file:///other.html')),
    ],
    [
      'the top frame showing the app page from file:// (the old way in)',
      fakeInvokeEvent(WINDOW_ID, fakeTopFrame('file:///opt/ccw/dist/renderer/index.html')),
    ],
    [
      'the top frame showing a sibling of the app page',
      fakeInvokeEvent(WINDOW_ID, fakeTopFrame('app://workbench/other.html')),
    ],
    ['the app origin without its page', fakeInvokeEvent(WINDOW_ID, fakeTopFrame('app://workbench/'))],
    ['another app:// host', fakeInvokeEvent(WINDOW_ID, fakeTopFrame('app://evil/index.html'))],
    [
      'a look-alike origin',
      fakeInvokeEvent(WINDOW_ID, fakeTopFrame('app://workbench.evil.example/index.html')),
    ],
    ['the app page with a query', fakeInvokeEvent(WINDOW_ID, fakeTopFrame(`${APP_URL}?debug=1`))],
    ['the app path over https', fakeInvokeEvent(WINDOW_ID, fakeTopFrame('https://workbench/index.html'))],
    ['a frame already gone (null senderFrame)', fakeInvokeEvent(WINDOW_ID, null)],
  ];

  it.each(untrusted)('refuses %s with FORBIDDEN and never calls the handler', async (_name, event) => {
    const { handlers, calls } = stubHandlers({ 'subjects:search': ok({ items: [], more: false }) });
    const { ipcMain } = bind(handlers);
    const result = await ipcMain.invoke('subjects:search', event, { query: '华' });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(calls).toEqual([]);
  });

  it('refuses an untrusted sender on every channel', async () => {
    const { handlers, calls } = stubHandlers();
    const { ipcMain } = bind(handlers);
    const stranger = fakeInvokeEvent(WINDOW_ID, fakeTopFrame('https://evil.example/'));
    for (const channel of channelNames) {
      const result = await ipcMain.invoke(channel, stranger, validRequests[channel]);
      expect(result, channel).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(calls).toEqual([]);
  });

  it('refuses every call while there is no main window', async () => {
    const { handlers, calls } = stubHandlers({ 'subjects:search': ok({ items: [], more: false }) });
    const { ipcMain } = bind(handlers, null);
    const result = await ipcMain.invoke('subjects:search', trusted(), { query: '华' });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(calls).toEqual([]);
  });

  it('checks the sender before the request: a bad payload from a stranger is FORBIDDEN, not BAD_REQUEST', async () => {
    const { handlers } = stubHandlers();
    const { ipcMain } = bind(handlers);
    const result = await ipcMain.invoke('subjects:search', fakeInvokeEvent(WINDOW_ID + 1, null), {
      query: 42,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('says why in Chinese', async () => {
    const { ipcMain } = bind(stubHandlers().handlers);
    const result = (await ipcMain.invoke('app:info', fakeInvokeEvent(99, null), {})) as Result<unknown>;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(CJK);
  });

  it('trusts the app page whatever its in-page route (#fragment)', async () => {
    const { handlers, calls } = stubHandlers({ 'subjects:search': ok({ items: [], more: false }) });
    const { ipcMain } = bind(handlers);
    const event = fakeInvokeEvent(WINDOW_ID, fakeTopFrame(`${APP_URL}#/checks/c-1`));
    const result = await ipcMain.invoke('subjects:search', event, { query: '华' });
    expect(result).toEqual({ ok: true, value: { items: [], more: false } });
    expect(calls).toHaveLength(1);
  });
});

describe('bindContract: trusted calls', () => {
  const summary = {
    id: 's-1',
    name: '福州某某科技有限公司',
    identifierMasked: '91350100M000100Y43',
    kind: 'legal-person',
    regionCode: '350100',
    status: 'active',
  } as const;

  it('hands the handler the validated request (trimmed, defaults applied) and returns its Result', async () => {
    const { handlers, calls } = stubHandlers({ 'subjects:search': ok({ items: [summary], more: false }) });
    const { ipcMain } = bind(handlers);
    const result = await ipcMain.invoke('subjects:search', trusted(), { query: '  某某科技 ' });
    expect(calls).toEqual([{ channel: 'subjects:search', request: { query: '某某科技', limit: 20 } }]);
    expect(result).toEqual({ ok: true, value: { items: [summary], more: false } });
  });

  it("returns a handler's error Result unchanged", async () => {
    const notFound = err('CHECK_NOT_FOUND', '未找到该核查记录');
    const { handlers, calls } = stubHandlers({ 'check:get': notFound });
    const { ipcMain } = bind(handlers);
    const result = await ipcMain.invoke('check:get', trusted(), { checkId: 'c-404' });
    expect(calls).toEqual([{ channel: 'check:get', request: { checkId: 'c-404' } }]);
    expect(result).toEqual(notFound);
  });

  it('treats a missing payload as an empty request', async () => {
    const { handlers, calls } = stubHandlers();
    const { ipcMain } = bind(handlers);
    await ipcMain.invoke('catalogue:get', trusted(), undefined);
    expect(calls).toEqual([{ channel: 'catalogue:get', request: {} }]);
  });
});

describe('bindContract: bad requests', () => {
  const bad: [string, Channel, unknown][] = [
    ['an empty search', 'subjects:search', { query: '   ' }],
    ['a search limit of the wrong type', 'subjects:search', { query: '华', limit: 'ten' }],
    ['a search limit over the maximum', 'subjects:search', { query: '华', limit: 500 }],
    ['an unexpected field on an empty request', 'catalogue:get', { sql: 'DROP TABLE subjects' }],
    ['a check id missing', 'check:get', {}],
    ['a payload that is not an object', 'app:info', 'hello'],
  ];

  it.each(bad)(
    'answers %s with BAD_REQUEST in Chinese and never calls the handler',
    async (_name, channel, payload) => {
      const { handlers, calls } = stubHandlers();
      const { ipcMain } = bind(handlers);
      const result = (await ipcMain.invoke(channel, trusted(), payload)) as Result<unknown>;
      expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
      if (result.ok) return;
      // Both the lead-in and zod's own wording (its Chinese locale) are Chinese.
      const [lead, ...rest] = result.error.message.split('：');
      expect(lead).toMatch(CJK);
      expect(rest.join('：')).toMatch(CJK);
      expect(calls).toEqual([]);
    },
  );

  it('names the offending field with the contract message', async () => {
    const { ipcMain } = bind(stubHandlers().handlers);
    const result = (await ipcMain.invoke('subjects:search', trusted(), { query: '' })) as Result<unknown>;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('请输入名称或代码');
  });
});

describe('bindContract with a real core', () => {
  const resourcesDir = resolve(__dirname, '../../resources');
  let dataDir: string | null = null;
  let core: Core | null = null;

  afterEach(() => {
    core?.close();
    core = null;
    if (dataDir !== null) rmSync(dataDir, { recursive: true, force: true });
    dataDir = null;
  });

  function startCore(signedIn = true): Core {
    dataDir = mkdtempSync(join(tmpdir(), 'ccw-ipc-'));
    const created = createCore({
      dataDir,
      cacheKey: newCacheKey(),
      resourcesDir,
      host: 'electron',
      version: 'test',
      withDemo: true,
    });
    if (!created.ok) throw new Error(`createCore failed: ${created.error.message}`);
    core = created.value;
    if (signedIn) signInForTests(core, 'clerk');
    return core;
  }

  it('enforces the roles of the core: nothing but the public channels before sign-in', async () => {
    const { ipcMain } = bind(startCore(false).handlers);
    expect(await ipcMain.invoke('catalogue:get', trusted(), {})).toMatchObject({
      ok: false,
      error: { code: 'SIGN_IN_REQUIRED' },
    });
    expect(await ipcMain.invoke('auth:status', trusted(), {})).toMatchObject({
      ok: true,
      value: { session: null },
    });
  });

  it('answers catalogue:get from the bundled catalogue', async () => {
    const { ipcMain, logged } = bind(startCore().handlers);
    const result = (await ipcMain.invoke('catalogue:get', trusted(), {})) as Result<unknown>;
    expect(logged).toEqual([]);
    expect(result.ok).toBe(true);
    const catalogue = channels['catalogue:get'].response.parse(result.ok ? result.value : null);
    expect(catalogue.matters.length).toBeGreaterThan(0);
    expect(catalogue.measures.length).toBeGreaterThan(0);
    expect(catalogue.matters[0]?.name).toMatch(CJK);
  });

  it('still refuses a stranger', async () => {
    const { ipcMain } = bind(startCore().handlers);
    const result = await ipcMain.invoke(
      'catalogue:get',
      fakeInvokeEvent(WINDOW_ID + 1, fakeTopFrame(APP_URL)),
      {},
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
