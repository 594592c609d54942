import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EVENT_CHANNEL } from '../../shared/contract/events';
import { enrolFromEnv, platformFromEnv } from '../core/app/platform-env';
import { createCore, type Core } from '../core/core';
import { bindContract } from './ipc';
import { menuTemplate } from './menu';
import { reportPrintHandlers } from './printing';
import { electronSqliteBinding, resolveDataDir } from './paths';
import { CONTENT_SECURITY_POLICY, guardWebContents, isTrustedSender } from './security';
import { createMainWindow } from './window';

// The Electron shell: it wires the core, the window and the security settings together and decides nothing.
const APP_NAME = '信用核查工作台';
let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;

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

async function start(): Promise<void> {
  const appRoot = app.getAppPath();
  const rendererIndex = join(appRoot, 'dist', 'renderer', 'index.html');
  const appUrl = pathToFileURL(rendererIndex).href;
  const binding = electronSqliteBinding(appRoot, app.isPackaged, process.versions.modules);
  if (!app.isPackaged && binding === null) {
    fail(
      '缺少桌面版数据库组件',
      '请先在项目目录运行 npm run rebuild:electron，为 Electron 构建 better-sqlite3。',
    );
    return;
  }
  const dataDir = resolveDataDir(app.getPath('userData'), process.env);
  const resourcesDir = app.isPackaged ? join(process.resourcesPath, 'resources') : join(appRoot, 'resources');
  const platform = platformFromEnv(process.env);
  const created = createCore({
    dataDir,
    resourcesDir,
    host: 'electron',
    version: app.getVersion(),
    ...(binding === null ? {} : { nativeBinding: binding }),
    platformUrl: platform.platformUrl,
    demoPlatform: platform.demoPlatform,
    withDemo: platform.withDemo,
    syncWorkerScript: join(__dirname, '..', 'sync', 'sync-worker.cjs'),
  });
  if (!created.ok) {
    fail('无法启动', created.error.message);
    return;
  }
  core = created.value;
  await enrolFromEnv(core.sync, platform);
  lockDownSession();
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, appUrl));
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(APP_NAME, process.platform === 'darwin')));
  bindContract(
    ipcMain,
    core.handlers,
    (event) => isTrustedSender(event, { webContents: mainWindow?.webContents ?? null, appUrl }),
    (message, error) => console.error(message, error),
    reportPrintHandlers({
      dialog,
      window: () => mainWindow,
      writeFile: (path, data) => writeFile(path, data),
    }),
  );
  core.events.subscribe((event) => mainWindow?.webContents.send(EVENT_CHANNEL, event));
  mainWindow = createMainWindow(
    BrowserWindow,
    { preload: join(__dirname, 'preload.cjs'), rendererIndex, appUrl },
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
  // Date and time inputs follow the browser's UI language: make them Chinese whatever the OS says.
  app.commandLine.appendSwitch('lang', 'zh-CN');
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    core?.close();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fail('无法启动', String(error)));
}
