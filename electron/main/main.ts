import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  MessageChannelMain,
  protocol,
  safeStorage,
  session,
  utilityProcess,
} from 'electron';
import { autoUpdater } from 'electron-updater';
import { writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { APP_URL, handleAppProtocol, registerAppScheme } from './app-protocol';
import { loadCacheKey } from './cache-key';
import { startCoreProcess, type CoreProcess } from './core-client';
import { reportCoreExit } from './core-exit';
import { connectCore } from './ipc';
import { menuTemplate } from './menu';
import { printHandlers } from './printing';
import { electronSqliteBinding, resolveDataDir } from './paths';
import { CONTENT_SECURITY_POLICY, guardWebContents } from './security';
import { createMainWindow } from './window';
import { trustFeedServer, UPDATER_PARTITION } from './updates/feed-trust';
import { updateFeedFromDeployment } from './updates/update-feed';
import { updateHandlers } from './updates/update-handlers';
import { startUpdates, type Updates } from './updates/updater';

// The Electron shell: it wires the core, the window and the security settings together and decides nothing. The
// core (database, services, sync) runs in a utility process of its own (dist/electron/core-process.cjs) and the
// contract reaches it over a MessagePort, so no query ever runs on this event loop: main creates the window, the
// menu and the dialogs, checks each call's sender, prints, and forwards the rest. It holds no database handle.
const APP_NAME = '信用核查工作台';
let mainWindow: BrowserWindow | null = null;
let core: CoreProcess | null = null;
let updates: Updates | null = null;
const log = (message: string, error?: unknown): void => console.error(message, error);

function fail(title: string, message: string): void {
  dialog.showErrorBox(title, message);
  app.quit();
}

function lockDownSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // No remote content: the renderer talks to the core over IPC only, so any web request is refused.
  ses.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] },
    (_details, callback) => callback({ cancel: true }),
  );
  ses.webRequest.onHeadersReceived((details, callback) =>
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    }),
  );
}

/**
 * Updates from the city platform (electron/main/updates/): the feed and its CA from the deployment
 * configuration; electron-updater's own session (not the window's, which refuses every web request) trusts the
 * update server by that CA. Installed when the app next quits, never in the middle of anything.
 */
function startAppUpdates(): Updates {
  const feed = updateFeedFromDeployment(process.env);
  if (feed !== null && app.isPackaged)
    trustFeedServer(session.fromPartition(UPDATER_PARTITION, { cache: false }), feed.url, feed.target);
  autoUpdater.logger = null;
  return startUpdates({
    updater: autoUpdater,
    feedUrl: feed?.url ?? null,
    packaged: app.isPackaged,
    updateConfig: { path: join(app.getPath('userData'), 'app-update.yml'), write: writeFileSync },
    log,
  });
}

async function start(): Promise<void> {
  const appRoot = app.getAppPath();
  const appUrl = APP_URL;
  const binding = electronSqliteBinding(appRoot, app.isPackaged, process.versions.modules);
  if (!app.isPackaged && binding === null) {
    fail(
      '缺少桌面版数据库组件',
      '请先在项目目录运行 npm run rebuild:electron，为 Electron 构建 better-sqlite3。',
    );
    return;
  }
  const dataDir = resolveDataDir(app.getPath('userData'), process.env);
  const cacheKey = loadCacheKey(safeStorage, app.getPath('userData'), process.platform);
  if (!cacheKey.ok) {
    fail('无法打开本地数据库', cacheKey.error.message);
    return;
  }
  const resourcesDir = app.isPackaged ? join(process.resourcesPath, 'resources') : join(appRoot, 'resources');
  // The core process inherits this environment and reads the platform settings from it (platform-env.ts).
  const started = await startCoreProcess({
    fork: (modulePath, args, options) => utilityProcess.fork(modulePath, args, options),
    createChannel: () => new MessageChannelMain(),
    modulePath: join(__dirname, 'core-process.cjs'),
    options: {
      dataDir,
      resourcesDir,
      version: app.getVersion(),
      nativeBinding: binding,
      syncWorkerScript: join(__dirname, '..', 'sync', 'sync-worker.cjs'),
      cacheKey: cacheKey.value,
    },
    log,
  });
  if (!started.ok) {
    fail('无法启动', started.error.message);
    return;
  }
  core = started.value;
  core.onExit((code) => {
    core = null;
    void reportCoreExit({ dialog, app }, code);
  });
  lockDownSession();
  handleAppProtocol(protocol, join(appRoot, 'dist', 'renderer'));
  updates = startAppUpdates();
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, appUrl));
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(menuTemplate(APP_NAME, process.platform === 'darwin', app.isPackaged)),
  );
  connectCore({
    ipcMain,
    core,
    window: () => mainWindow,
    appUrl,
    log,
    hostHandlers: {
      ...printHandlers({
        dialog,
        window: () => mainWindow,
        writeFile: (path, data) => writeFile(path, data),
      }),
      ...updateHandlers(updates),
    },
  });
  mainWindow = createMainWindow(
    BrowserWindow,
    { preload: join(__dirname, 'preload.cjs'), appUrl, packaged: app.isPackaged },
    (error) => fail('无法打开界面', `界面文件加载失败：${String(error)}。请先运行 npm run build。`),
  );
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.setName(APP_NAME);
  // The page's scheme (app://, see app-protocol.ts) must be privileged before the app is ready.
  registerAppScheme(protocol);
  // Date and time inputs follow the browser's UI language: make them Chinese whatever the OS says.
  app.commandLine.appendSwitch('lang', 'zh-CN');
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  // The core closes its database before the app goes: quitting waits for it (at most its stop time, then the
  // process is killed; SQLite rolls back whatever a kill cut short).
  app.on('will-quit', (event) => {
    updates?.stop();
    if (core === null) return;
    event.preventDefault();
    const stopping = core;
    core = null;
    void stopping.stop().finally(() => app.quit());
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fail('无法启动', String(error)));
}
