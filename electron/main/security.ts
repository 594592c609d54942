import type { IpcMainInvokeEvent, WebContents, WebPreferences } from 'electron';

export { CONTENT_SECURITY_POLICY } from '../../shared/content-security-policy';

/** The only webPreferences a window of this app gets. DevTools only in a checkout, never in an installed app. */
export function hardenedWebPreferences(preloadPath: string, packaged: boolean): WebPreferences {
  return {
    preload: preloadPath,
    devTools: !packaged,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

/**
 * A call is trusted only from the top frame of our own window showing our own page (app://workbench/index.html,
 * see app-protocol.ts): not from a subframe, not from another window, not after a navigation elsewhere.
 */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>,
  expected: {
    webContents: Pick<WebContents, 'id'> | null;
    appUrl: string;
  },
): boolean {
  const frame = event.senderFrame;
  if (frame === null || expected.webContents === null) return false;
  if (event.sender.id !== expected.webContents.id) return false;
  if (frame.parent !== null) return false;
  return frame.url.split('#')[0] === expected.appUrl;
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Navigation and new windows are refused; the app is one page that never leaves itself. */
export function guardWebContents(contents: GuardedContents, appUrl: string): void {
  contents.on('will-navigate', (event, url) => {
    if (url.split('#')[0] !== appUrl) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
