import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { guardWebContents, hardenedWebPreferences } from './security';

export type WindowFactory = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

/** The one app window: hardened preferences, guarded web contents, its page from app://, shown once ready. */
export function createMainWindow(
  Window: WindowFactory,
  paths: { preload: string; appUrl: string; packaged: boolean },
  onLoadError: (error: unknown) => void,
): BrowserWindow {
  const window = new Window({
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: '信用核查工作台',
    show: false,
    backgroundColor: '#f5f7fa',
    webPreferences: hardenedWebPreferences(paths.preload, paths.packaged),
  });
  guardWebContents(window.webContents, paths.appUrl);
  window.once('ready-to-show', () => window.show());
  // The window starts hidden: a page that fails to load must be reported, not leave an invisible app behind.
  window.loadURL(paths.appUrl).catch(onLoadError);
  return window;
}
