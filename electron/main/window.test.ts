import type { HandlerDetails } from 'electron';
import { describe, expect, it } from 'vitest';
import { APP_URL } from './app-protocol';
import { hardenedWebPreferences } from './security';
import { FakeBrowserWindow, fakeWindowFactory } from './testing/fake-electron';
import { createMainWindow } from './window';

const PATHS = {
  preload: '/opt/ccw/dist/electron/preload.cjs',
  appUrl: APP_URL,
  packaged: false,
};

function open(
  onLoadError: (error: unknown) => void = () => undefined,
  packaged = false,
): {
  window: FakeBrowserWindow;
  returned: unknown;
} {
  const { Window, created } = fakeWindowFactory();
  const returned = createMainWindow(Window, { ...PATHS, packaged }, onLoadError);
  expect(created).toHaveLength(1);
  const [window] = created;
  if (window === undefined) throw new Error('no window was created');
  return { window, returned };
}

const openRequest = (url: string): HandlerDetails => ({
  url,
  frameName: '',
  features: '',
  disposition: 'new-window',
  referrer: { url: PATHS.appUrl, policy: 'strict-origin-when-cross-origin' },
});

describe('createMainWindow', () => {
  it('creates one window and returns it', () => {
    const { window, returned } = open();
    expect(returned).toBe(window);
  });

  it('gives the window the hardened webPreferences with the given preload', () => {
    const { window } = open();
    const prefs = window.options.webPreferences;
    expect(prefs).toMatchObject({
      preload: PATHS.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(prefs).toEqual(hardenedWebPreferences(PATHS.preload, false));
  });

  it('keeps DevTools for a checkout and turns them off in an installed app', () => {
    expect(open(undefined, false).window.options.webPreferences?.devTools).toBe(true);
    expect(open(undefined, true).window.options.webPreferences?.devTools).toBe(false);
  });

  it('has a Chinese title and stays hidden until ready-to-show', () => {
    const { window } = open();
    expect(window.options.title).toBe('信用核查工作台');
    expect(window.options.show).toBe(false);
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
  });

  it('loads the app page from app://, once, and nothing from file://', () => {
    const { window } = open();
    expect(window.loadedUrls).toEqual(['app://workbench/index.html']);
    expect(window.loadedFiles).toEqual([]);
  });

  it.each([
    'https://evil.example/',
    'file:///other.html',
    'file:///opt/ccw/dist/renderer/index.html',
    'app://workbench/other.html',
    'app://evil/index.html',
    `${APP_URL}?x=1`,
    'about:blank',
  ])('prevents navigation to %s', (url) => {
    const { window } = open();
    expect(window.webContents.listenerCount('will-navigate')).toBeGreaterThan(0);
    expect(window.webContents.emit('will-navigate', url).defaultPrevented).toBe(true);
  });

  it.each([PATHS.appUrl, `${PATHS.appUrl}#/checks`])('lets the app page reload itself (%s)', (url) => {
    const { window } = open();
    expect(window.webContents.emit('will-navigate', url).defaultPrevented).toBe(false);
  });

  it('prevents every redirect', () => {
    const { window } = open();
    expect(window.webContents.emit('will-redirect', PATHS.appUrl).defaultPrevented).toBe(true);
  });

  it('denies every new window', () => {
    const { window } = open();
    const handler = window.webContents.windowOpenHandler;
    expect(handler).not.toBeNull();
    for (const url of ['https://evil.example/', PATHS.appUrl]) {
      expect(handler?.(openRequest(url))).toEqual({ action: 'deny' });
    }
  });

  it('prevents attaching a webview', () => {
    const { window } = open();
    const event = window.webContents.emit(
      'will-attach-webview',
      { preload: '/tmp/x.js' },
      {
        src: 'https://evil.example/',
      },
    );
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('a renderer that fails to load', () => {
  it('is reported instead of leaving a hidden window behind', async () => {
    FakeBrowserWindow.loadError = new Error('ENOENT: index.html');
    try {
      const errors: unknown[] = [];
      open((error) => errors.push(error));
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(errors).toEqual([FakeBrowserWindow.loadError]);
    } finally {
      FakeBrowserWindow.loadError = null;
    }
  });
});
