import { updateMessages, type UpdateStatus } from '../../../shared/domain/updates';
import { toBeijingIso } from '../../../shared/time';

/**
 * The part of electron-updater's `autoUpdater` this module uses: the real one in main.ts, an EventEmitter-based
 * fake in the tests. (electron-updater's events: checking-for-update, update-available, update-not-available,
 * download-progress, update-downloaded, error.)
 */
export type AutoUpdaterLike = {
  on(event: string, listener: (...args: never[]) => void): unknown;
  setFeedURL(options: { provider: 'generic'; url: string; useMultipleRangeRequest: boolean }): void;
  checkForUpdates(): Promise<unknown>;
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  /** app-update.yml: electron-updater reads its cache folder name there even with setFeedURL. */
  updateConfigPath: string | null;
  allowDowngrade: boolean;
  allowPrerelease: boolean;
};

export type UpdateTimers = {
  setTimeout: (callback: () => void, ms: number) => unknown;
  setInterval: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: never) => void;
  clearInterval: (handle: never) => void;
};

/** The first check waits this long after start (the window and the core come first), then every 4 hours. */
export const FIRST_CHECK_DELAY_MS = 30_000;
/** electron-updater's download cache folder, under the OS's cache folder. */
export const UPDATER_CACHE_DIR = 'credit-check-workbench-updater';
export const CHECK_INTERVAL_MS = 4 * 60 * 60 * 1000;

export type UpdatesDeps = {
  updater: AutoUpdaterLike;
  /** The release feed (…/updates/), or null: none configured. */
  feedUrl: string | null;
  /** app.isPackaged: a development build never updates itself. */
  packaged: boolean;
  /**
   * Where to write the app-update.yml electron-updater reads (its download cache folder's name) — the package
   * carries one only when electron-builder was given a publish setting — and how.
   */
  updateConfig: { path: string; write: (path: string, text: string) => void };
  timers?: UpdateTimers;
  now?: () => Date;
  log?: (message: string, error?: unknown) => void;
};

export type Updates = { status: () => UpdateStatus; stop: () => void };

const status = (
  state: UpdateStatus['state'],
  message: string,
  rest: Partial<Pick<UpdateStatus, 'version' | 'percent' | 'checkedAt'>> = {},
): UpdateStatus => ({ state, version: null, percent: null, checkedAt: null, ...rest, message });

/** electron-updater's error, as the person at the window should read it. */
export function updateErrorMessage(error: unknown): { notPublished: boolean; message: string } {
  const code = (error as { code?: unknown } | null)?.code;
  const text = error instanceof Error ? error.message : String(error);
  if (code === 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND')
    return { notPublished: true, message: updateMessages.notPublished };
  if (code === 'ERR_CHECKSUM_MISMATCH' || /sha512 checksum mismatch/i.test(text))
    return { notPublished: false, message: updateMessages.checksum };
  if (/net::ERR_CERT|CERT_|certificate/i.test(text))
    return { notPublished: false, message: updateMessages.certificate };
  if (/net::ERR_|ECONNREFUSED|ENOTFOUND|ETIMEDOUT|ECONNRESET|EAI_AGAIN/.test(text))
    return { notPublished: false, message: updateMessages.network };
  return { notPublished: false, message: updateMessages.failed };
}

/**
 * Updates from the city platform with electron-updater's generic provider: checks on start and every 4 hours,
 * downloads what it finds (electron-updater checks the installer's sha512 against latest.yml, and honours the
 * platform's stagingPercentage), and leaves the install to the next quit (autoInstallOnAppQuit). It never calls
 * quitAndInstall: nobody's work is cut short by an update, and an update is never installed from the middle of
 * a check or a download — only a downloaded, verified one is installed, when the app quits.
 */
export function startUpdates(deps: UpdatesDeps): Updates {
  if (!deps.packaged) return fixed(status('unavailable', updateMessages.development));
  if (deps.feedUrl === null) return fixed(status('unavailable', updateMessages.noFeed));
  const timers = deps.timers ?? globalTimers;
  const now = deps.now ?? (() => new Date());
  const log = deps.log ?? (() => undefined);
  const { updater } = deps;

  deps.updateConfig.write(
    deps.updateConfig.path,
    `provider: generic\nurl: ${JSON.stringify(deps.feedUrl)}\nupdaterCacheDirName: ${UPDATER_CACHE_DIR}\n`,
  );
  updater.updateConfigPath = deps.updateConfig.path;
  updater.setFeedURL({
    provider: 'generic',
    url: deps.feedUrl,
    // The platform answers single byte ranges; differential downloads ask for one range per request.
    useMultipleRangeRequest: false,
  });
  updater.autoDownload = true;
  updater.autoInstallOnAppQuit = true;
  updater.allowDowngrade = false;
  updater.allowPrerelease = false;

  let current = status('idle', updateMessages.notYet);
  let checkedAt: string | null = null;
  let downloaded: UpdateStatus | null = null;
  const set = (next: UpdateStatus): void => {
    // Once an update is downloaded and checked it stays announced until the restart installs it: a later
    // check (or its failure) does not take 有新版本 away.
    current = downloaded ?? next;
  };

  updater.on('checking-for-update', () => set(status('checking', updateMessages.checking, { checkedAt })));
  updater.on('update-not-available', () => {
    checkedAt = toBeijingIso(now());
    set(status('idle', updateMessages.idle, { checkedAt }));
  });
  updater.on('update-available', (info: { version: string }) => {
    checkedAt = toBeijingIso(now());
    set(
      status('downloading', updateMessages.downloading(info.version, 0), {
        version: info.version,
        percent: 0,
        checkedAt,
      }),
    );
  });
  updater.on('download-progress', (progress: { percent: number }) => {
    const version = current.version ?? '';
    const percent = Math.max(0, Math.min(100, progress.percent));
    set(status('downloading', updateMessages.downloading(version, percent), { version, percent, checkedAt }));
  });
  updater.on('update-downloaded', (info: { version: string }) => {
    downloaded = status('downloaded', updateMessages.downloaded(info.version), {
      version: info.version,
      checkedAt,
    });
    current = downloaded;
  });
  updater.on('error', (error: unknown) => {
    log('更新检查或下载失败', error);
    checkedAt = toBeijingIso(now());
    const { notPublished, message } = updateErrorMessage(error);
    set(status(notPublished ? 'idle' : 'error', message, { checkedAt }));
  });

  let checking = false;
  const check = (): void => {
    // One check at a time, and none while a download runs (the next interval picks it up).
    if (checking || current.state === 'downloading') return;
    checking = true;
    updater
      .checkForUpdates()
      // The download runs on after the check; its failure is reported by the error event, like the check's.
      .then((result) => {
        void (result as { downloadPromise?: Promise<unknown> } | null)?.downloadPromise?.catch(
          () => undefined,
        );
      })
      // The error event has said what went wrong; the rejection only ends this check.
      .catch(() => undefined)
      .finally(() => {
        checking = false;
      });
  };
  let every: unknown = null;
  const first = timers.setTimeout(() => {
    check();
    every = timers.setInterval(check, CHECK_INTERVAL_MS);
  }, FIRST_CHECK_DELAY_MS);
  return {
    status: () => current,
    stop: () => {
      timers.clearTimeout(first as never);
      if (every !== null) timers.clearInterval(every as never);
    },
  };
}

const fixed = (value: UpdateStatus): Updates => ({ status: () => value, stop: () => undefined });

const globalTimers: UpdateTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  setInterval: (callback, ms) => setInterval(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle),
  clearInterval: (handle) => clearInterval(handle),
};
