import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { updateChip } from '../../../shared/domain/updates';
import { CHECK_INTERVAL_MS, FIRST_CHECK_DELAY_MS, startUpdates, type AutoUpdaterLike } from './updater';

/**
 * electron-updater's autoUpdater as far as the module sees it: the settings it is given, the checks it is asked
 * for, the events a test makes it emit; quitAndInstall is there to show it is never called.
 */
class FakeAutoUpdater implements AutoUpdaterLike {
  private readonly events = new EventEmitter();
  autoDownload = false;
  autoInstallOnAppQuit = false;
  allowDowngrade = true;
  allowPrerelease = true;
  feed: unknown = null;
  updateConfigPath: string | null = null;
  checks = 0;
  /** What the next check does: resolves by default; a test may make it emit or fail. */
  onCheck: () => Promise<unknown> = () => Promise.resolve(null);
  readonly quitAndInstall = vi.fn();

  on(event: string, listener: (...args: never[]) => void): this {
    this.events.on(event, listener as (...args: unknown[]) => void);
    return this;
  }

  emit(event: string, ...args: unknown[]): boolean {
    return this.events.emit(event, ...args);
  }

  setFeedURL(options: unknown): void {
    this.feed = options;
  }

  checkForUpdates(): Promise<unknown> {
    this.checks += 1;
    return this.onCheck();
  }
}

const FEED = 'https://credit.pds.gov.cn:8420/updates/';
let updater: FakeAutoUpdater;
beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-12-05T02:00:00Z') });
  updater = new FakeAutoUpdater();
});
afterEach(() => vi.useRealTimers());

const written = new Map<string, string>();
const start = (feedUrl: string | null = FEED, packaged = true) =>
  startUpdates({
    updater,
    feedUrl,
    packaged,
    updateConfig: { path: '/user-data/app-update.yml', write: (path, text) => written.set(path, text) },
  });

describe('updates from the city platform', () => {
  it('points the generic provider at the feed, downloads by itself and installs on quit', () => {
    start();
    expect(updater.feed).toEqual({ provider: 'generic', url: FEED, useMultipleRangeRequest: false });
    expect(updater.autoDownload).toBe(true);
    expect(updater.autoInstallOnAppQuit).toBe(true);
    expect(updater.allowDowngrade).toBe(false);
    expect(updater.allowPrerelease).toBe(false);
    expect(updater.updateConfigPath).toBe('/user-data/app-update.yml');
    expect(written.get('/user-data/app-update.yml')).toBe(
      `provider: generic\nurl: "${FEED}"\nupdaterCacheDirName: credit-check-workbench-updater\n`,
    );
  });

  it('checks shortly after start, then every 4 hours, and stops on quit', async () => {
    const updates = start();
    expect(updates.status()).toMatchObject({ state: 'idle', message: '尚未检查更新' });
    expect(updater.checks).toBe(0);
    await vi.advanceTimersByTimeAsync(FIRST_CHECK_DELAY_MS);
    expect(updater.checks).toBe(1);
    await vi.advanceTimersByTimeAsync(CHECK_INTERVAL_MS - 1);
    expect(updater.checks).toBe(1);
    await vi.advanceTimersByTimeAsync(FIRST_CHECK_DELAY_MS);
    expect(updater.checks).toBe(2);
    await vi.advanceTimersByTimeAsync(CHECK_INTERVAL_MS * 3);
    expect(updater.checks).toBe(5);
    updates.stop();
    await vi.advanceTimersByTimeAsync(CHECK_INTERVAL_MS * 3);
    expect(updater.checks).toBe(5);
  });

  it('goes 检查中 → 下载中 n% → 已下载待重启, and keeps 有新版本 through later checks', () => {
    const updates = start();
    updater.emit('checking-for-update');
    expect(updates.status().state).toBe('checking');
    updater.emit('update-available', { version: '0.3.0' });
    expect(updates.status()).toMatchObject({ state: 'downloading', version: '0.3.0', percent: 0 });
    updater.emit('download-progress', { percent: 42.7 });
    expect(updates.status()).toMatchObject({
      state: 'downloading',
      percent: 42.7,
      message: '正在下载新版本 0.3.0（42%）',
    });
    updater.emit('update-downloaded', { version: '0.3.0' });
    const downloaded = updates.status();
    expect(downloaded).toMatchObject({
      state: 'downloaded',
      version: '0.3.0',
      message: '新版本 0.3.0 已下载并校验，将在下次启动时安装',
    });
    expect(updateChip(downloaded)).toEqual({
      label: '有新版本 0.3.0',
      tooltip: '重启后安装：新版本 0.3.0 已下载并校验，将在下次启动时安装',
    });
    updater.emit('checking-for-update');
    updater.emit('error', new Error('net::ERR_CONNECTION_REFUSED'));
    expect(updates.status().state).toBe('downloaded');
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
  });

  it('never calls quitAndInstall: not on download, not on quit, not in the middle of a check', async () => {
    let finishCheck: () => void = () => undefined;
    updater.onCheck = () =>
      new Promise((resolve) => {
        updater.emit('checking-for-update');
        finishCheck = () => resolve(null);
      });
    const updates = start();
    await vi.advanceTimersByTimeAsync(FIRST_CHECK_DELAY_MS);
    updater.emit('update-downloaded', { version: '0.3.0' });
    // A check still under way: the next interval does not start another.
    await vi.advanceTimersByTimeAsync(CHECK_INTERVAL_MS);
    expect(updater.checks).toBe(1);
    finishCheck();
    updates.stop();
    await vi.runAllTimersAsync();
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
  });

  it('does not start a check while a download runs', async () => {
    start();
    updater.emit('update-available', { version: '0.3.0' });
    await vi.advanceTimersByTimeAsync(FIRST_CHECK_DELAY_MS + CHECK_INTERVAL_MS);
    expect(updater.checks).toBe(0);
  });

  it('says what went wrong in Chinese, and keeps checking', async () => {
    const updates = start();
    const cases: [unknown, string, string][] = [
      [
        Object.assign(new Error('sha512 checksum mismatch, expected abc, got def'), {
          code: 'ERR_CHECKSUM_MISMATCH',
        }),
        'error',
        '下载的更新文件校验失败（SHA-512 不符），已丢弃，稍后重新下载',
      ],
      [new Error('net::ERR_CONNECTION_REFUSED'), 'error', '无法连接市平台的更新服务，稍后自动重试'],
      [new Error('net::ERR_CERT_AUTHORITY_INVALID'), 'error', '市平台更新服务的证书不受信任，已停止下载'],
      [
        Object.assign(new Error('Cannot find channel "latest.yml" update info: HttpError: 404'), {
          code: 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND',
        }),
        'idle',
        '市平台尚未发布新版本',
      ],
      [new Error('something else'), 'error', '检查更新失败，稍后自动重试'],
    ];
    for (const [error, state, message] of cases) {
      updater.emit('error', error);
      expect(updates.status()).toMatchObject({ state, message, checkedAt: '2026-12-05T10:00:00.000+08:00' });
      expect(updateChip(updates.status())).toBeNull();
    }
    updater.onCheck = () => Promise.reject(new Error('net::ERR_INTERNET_DISCONNECTED'));
    await vi.advanceTimersByTimeAsync(FIRST_CHECK_DELAY_MS + CHECK_INTERVAL_MS);
    expect(updater.checks).toBe(2);
    updater.emit('update-not-available', { version: '0.1.0' });
    expect(updates.status()).toMatchObject({ state: 'idle', message: '已是最新版本' });
  });

  it('is off, and says why, in a development build or without a feed', async () => {
    expect(start(FEED, false).status()).toMatchObject({ state: 'unavailable', message: '开发版不自动更新' });
    expect(start(null, true).status()).toMatchObject({
      state: 'unavailable',
      message: '未配置更新地址（部署配置），自动更新已停用',
    });
    await vi.advanceTimersByTimeAsync(CHECK_INTERVAL_MS * 2);
    expect(updater.checks).toBe(0);
    expect(updater.feed).toBeNull();
  });
});
