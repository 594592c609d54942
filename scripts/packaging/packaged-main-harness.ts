import { mkdirSync, readFileSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions, ForkOptions } from 'electron';
import { loadCacheKey } from '../../electron/main/cache-key';
import {
  FakeBrowserWindow,
  FakeEvent,
  FakeIpcMain,
  FakeProtocol,
  fakeInvokeEvent,
  fakeTopFrame,
  type FakeListener,
} from '../../electron/main/testing/fake-electron';
import { FakeSafeStorage } from '../../electron/main/testing/fake-safe-storage';
import { FakeMessageChannelMain, FakeUtilityProcess } from '../../electron/main/testing/fake-utility-process';
import { HARNESS_SETUP_ENV, type FromHarness, type HarnessSetup, type ToHarness } from './harness-wire';

// A Node process standing in for Electron's main process, so the packaged main script runs as it would in the
// installed app: `require('electron')` gives the fake-electron harness's stand-ins (app.isPackaged true, the app
// path and resources folder of the assembled package), utilityProcess.fork forks a real Node child running the
// module main names, and the test watches and drives it over IPC (harness-wire.ts). Bundled and forked by
// run-packaged-main.ts.

const setup = JSON.parse(process.env[HARNESS_SETUP_ENV] ?? 'null') as HarnessSetup | null;
if (setup === null) throw new Error(`packaged-main-harness: ${HARNESS_SETUP_ENV} is not set`);
const { main, appPath, resourcesPath, userData, shim } = setup;
// Electron makes userData before the app is ready.
mkdirSync(userData, { recursive: true });

const send = (message: FromHarness): void => {
  if (process.connected) process.send?.(message);
};

const protocol = new FakeProtocol();
const appListeners = new Map<string, FakeListener[]>();
const emitApp = (name: string, ...args: unknown[]): FakeEvent => {
  const event = new FakeEvent();
  for (const listener of appListeners.get(name) ?? []) listener(event, ...args);
  return event;
};

let quitting = false;
/** As Electron: will-quit, and unless a listener prevents it, the process ends. */
const quit = (): void => {
  if (quitting) return;
  if (emitApp('will-quit').defaultPrevented) return;
  quitting = true;
  send({ type: 'quitting' });
  setImmediate(() => process.exit(0));
};
type FakeApp = Record<string, unknown> & { on: (name: string, listener: FakeListener) => FakeApp };
const app: FakeApp = {
  isPackaged: true,
  commandLine: { appendSwitch: (): void => undefined },
  getAppPath: (): string => appPath,
  getPath: (name: string): string => (name === 'userData' ? userData : join(userData, name)),
  getVersion: (): string =>
    (JSON.parse(readFileSync(join(appPath, 'package.json'), 'utf8')) as { version: string }).version,
  setName: (): void => undefined,
  requestSingleInstanceLock: (): boolean => true,
  on: (name: string, listener: FakeListener): FakeApp => {
    appListeners.set(name, [...(appListeners.get(name) ?? []), listener]);
    return app;
  },
  whenReady: (): Promise<void> => {
    protocol.ready = true;
    return Promise.resolve();
  },
  quit,
};
// Electron sets it; Node has none.
Object.defineProperty(process, 'resourcesPath', { value: resourcesPath, enumerable: true });

const windows: FakeBrowserWindow[] = [];
class BrowserWindow extends FakeBrowserWindow {
  constructor(options: BrowserWindowConstructorOptions) {
    super(options);
    windows.push(this);
    send({
      type: 'window',
      preload: options.webPreferences?.preload,
      sandbox: options.webPreferences?.sandbox,
    });
  }

  /** The page as the window gets it: through the app:// handler main registered, from the package. */
  override loadURL(url: string): Promise<void> {
    void protocol.fetch(url).then((response) =>
      send({
        type: 'load',
        url,
        status: response.status,
        contentType: response.headers.get('content-type'),
        csp: response.headers.has('content-security-policy'),
      }),
    );
    return super.loadURL(url);
  }
}

const ipcMain = new FakeIpcMain();
const safeStorage = new FakeSafeStorage();
const ignore = (): void => undefined;
const electron: Record<string, unknown> = {
  app,
  BrowserWindow,
  ipcMain,
  safeStorage,
  protocol,
  MessageChannelMain: FakeMessageChannelMain,
  Menu: { setApplicationMenu: ignore, buildFromTemplate: (template: unknown) => template },
  dialog: {
    showErrorBox: (title: string, message: string) => send({ type: 'error-box', title, message }),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: ignore,
      setPermissionCheckHandler: ignore,
      webRequest: { onBeforeRequest: ignore, onHeadersReceived: ignore },
    },
  },
  utilityProcess: {
    fork: (modulePath: string, args: string[] = [], options: ForkOptions = {}) => {
      const child = new FakeUtilityProcess(shim, modulePath, args, options);
      child.on('exit', () => {
        if (child.output !== '') process.stderr.write(child.output);
      });
      send({ type: 'forked', modulePath, pid: child.pid, args });
      return child.asUtilityProcess();
    },
  },
};
/** What main takes from 'electron' and the harness lacks is reported, never silently undefined. */
const fakeElectron = new Proxy(electron, {
  get: (target, name) => {
    if (typeof name === 'string' && !(name in target) && name !== '__esModule' && name !== 'default')
      send({ type: 'missing-api', name });
    return target[name as string];
  },
});

type Load = (request: string, parent: unknown, isMain: boolean) => unknown;
const loader = Module as unknown as { _load: Load };
const load = loader._load;
loader._load = function (request, parent, isMain) {
  return request === 'electron' ? fakeElectron : load.call(this, request, parent, isMain);
};

process.on('message', (message: ToHarness) => {
  if (message.type === 'invoke') {
    // The main window's top frame showing the app's page: the sender main trusts.
    const window = windows[0];
    const event = fakeInvokeEvent(window?.webContents.id ?? -1, fakeTopFrame(window?.loadedUrls[0] ?? ''));
    void ipcMain.invoke(message.channel, event, message.payload).then(
      (result) => send({ type: 'answer', id: message.id, result }),
      (error: unknown) => send({ type: 'answer', id: message.id, result: { thrown: String(error) } }),
    );
  } else if (message.type === 'cache-key') {
    const key = loadCacheKey(safeStorage, userData, process.platform);
    send({ type: 'cache-key', key: key.ok ? key.value : null });
  } else {
    quit();
  }
});

// As Electron starts an app: package.json's `main`, as the entry script.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- Electron loads the entry as CommonJS too
require(main);
