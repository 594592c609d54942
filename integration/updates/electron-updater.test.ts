import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type ClientRequest, type RequestOptions } from 'node:http';
import { join } from 'node:path';
import { HttpExecutor, type DownloadOptions } from 'builder-util-runtime';
import { AppImageUpdater } from 'electron-updater/out/AppImageUpdater';
import type { AppAdapter } from 'electron-updater/out/AppAdapter';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startUpdates, type UpdateTimers } from '../../electron/main/updates/updater';
import { defaultFeedUrl } from '../../electron/main/updates/update-feed';
import { writeFakeRelease } from '../../platform/testing/fake-release';
import { startTempPlatform, tempDir, type TempPlatform } from '../../platform/testing/temp-platform';
import { publishRelease, releasesDirOf, setRollout } from '../../platform/updates/release-store';

/**
 * The real electron-updater against the real platform feed: AppImageUpdater (the Linux updater, the one that
 * needs no installer to run) with its real GenericProvider, latest-linux.yml parsing, stagingPercentage check,
 * download and sha512 verification. Only Electron itself is replaced: an AppAdapter in place of `app`, and an
 * executor over Node's http in place of Electron's net (the real one copies ElectronHttpExecutor's download).
 */
class NodeHttpExecutor extends HttpExecutor<ClientRequest> {
  createRequest(options: RequestOptions, callback: (response: unknown) => void): ClientRequest {
    return httpRequest(options, callback);
  }

  download(url: URL, destination: string, options: DownloadOptions): Promise<string> {
    return options.cancellationToken.createPromise((resolve, reject, onCancel) => {
      const requestOptions: RequestOptions = { headers: options.headers ?? undefined };
      requestOptions.protocol = url.protocol;
      requestOptions.hostname = url.hostname;
      requestOptions.port = url.port;
      requestOptions.path = url.pathname + url.search;
      this.doDownload(
        requestOptions,
        {
          destination,
          options,
          onCancel,
          callback: (error) => (error === null || error === undefined ? resolve(destination) : reject(error)),
          responseHandler: null,
        },
        0,
      );
    });
  }
}

const work = tempDir('ccw-updater-');
let platform: TempPlatform;
const saved = { arch: process.env.TEST_UPDATER_ARCH, appImage: process.env.APPIMAGE };

beforeAll(async () => {
  platform = await startTempPlatform();
  // electron-updater picks latest-linux.yml on Linux x64 (the arch by this variable), and an AppImage updater
  // needs the running AppImage's path (only for a differential download, which is off here).
  process.env.TEST_UPDATER_ARCH = 'x64';
  process.env.APPIMAGE = join(work.path, 'old.AppImage');
  writeFileSync(process.env.APPIMAGE, 'old');
  const folder = writeFakeRelease(join(work.path, 'release'), '0.2.0', {
    'latest-linux.yml': '信用核查工作台-0.2.0.AppImage',
  }).folder;
  await publishRelease(releasesDirOf(platform.dataDir), folder, {
    rollout: 100,
    force: false,
    now: new Date(),
  });
});
afterAll(async () => {
  process.env.TEST_UPDATER_ARCH = saved.arch;
  process.env.APPIMAGE = saved.appImage;
  if (saved.arch === undefined) delete process.env.TEST_UPDATER_ARCH;
  if (saved.appImage === undefined) delete process.env.APPIMAGE;
  await platform.dispose();
  work.remove();
});

let n = 0;
/** A real updater for an installed 0.1.0 whose staging id (the PC's place in a rollout) is `stagingId`. */
function realUpdater(stagingId: string): AppImageUpdater {
  n += 1;
  const dir = join(work.path, `pc-${n}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '.updaterId'), stagingId);
  const adapter: AppAdapter = {
    version: '0.1.0',
    name: '信用核查工作台',
    isPackaged: true,
    appUpdateConfigPath: join(dir, 'unused.yml'),
    userDataPath: dir,
    baseCachePath: join(dir, 'cache'),
    whenReady: () => Promise.resolve(),
    relaunch: () => undefined,
    quit: () => undefined,
    onQuit: () => undefined,
  };
  const updater = new AppImageUpdater(null, adapter);
  const internals = updater as unknown as {
    httpExecutor: HttpExecutor<ClientRequest>;
    _testOnlyOptions: { platform: string; isUseDifferentialDownload: boolean };
  };
  internals.httpExecutor = new NodeHttpExecutor();
  internals._testOnlyOptions = { platform: 'linux', isUseDifferentialDownload: false };
  updater.logger = null;
  updater.forceDevUpdateConfig = true;
  updater.disableDifferentialDownload = true;
  return updater;
}

// The UUID's last four bytes place a PC in a rollout: 0x00000001 is within 1 %, 0xffffff00 within none < 100.
const EARLY_PC = '6f1b2c3d-4e5f-4a6b-8c7d-2e3f00000001';
const LATE_PC = '6f1b2c3d-4e5f-4a6b-8c7d-2e3fffffff00';

/** startUpdates on a real updater, its first check run by hand; resolves at the status `until` accepts. */
async function runCheck(updater: AppImageUpdater, until: (state: string) => boolean) {
  let firstCheck: () => void = () => undefined;
  const timers: UpdateTimers = {
    setTimeout: (callback) => (firstCheck = callback),
    setInterval: () => null,
    clearTimeout: () => undefined,
    clearInterval: () => undefined,
  };
  const updates = startUpdates({
    updater,
    feedUrl: defaultFeedUrl(platform.url),
    packaged: true,
    updateConfig: { path: join(work.path, `app-update-${n}.yml`), write: writeFileSync },
    timers,
  });
  firstCheck();
  for (let i = 0; i < 200 && !until(updates.status().state); i += 1)
    await new Promise((resolve) => setTimeout(resolve, 25));
  return updates.status();
}

describe('the real electron-updater on the platform’s feed', { timeout: 30_000 }, () => {
  afterEach(async () => {
    await setRollout(releasesDirOf(platform.dataDir), 100, new Date());
  });

  it('finds 0.2.0, downloads it, checks its sha512 and reports 已下载待重启', async () => {
    const updater = realUpdater(LATE_PC);
    const status = await runCheck(updater, (state) => state === 'downloaded' || state === 'error');
    expect(status).toMatchObject({ state: 'downloaded', version: '0.2.0' });
  });

  it('offers a staged release only to the PCs within its percentage', async () => {
    await setRollout(releasesDirOf(platform.dataDir), 10, new Date());
    const late = await runCheck(realUpdater(LATE_PC), (state) => state === 'idle' || state === 'error');
    expect(late).toMatchObject({ state: 'idle', message: '已是最新版本' });
    const early = await runCheck(realUpdater(EARLY_PC), (state) => ['downloaded', 'error'].includes(state));
    expect(early).toMatchObject({ state: 'downloaded', version: '0.2.0' });
  });

  it('refuses an installer whose bytes do not match latest-linux.yml (sha512), in Chinese', async () => {
    // The file on the server corrupted after publishing: the client's own check is what catches it.
    const current = JSON.parse(
      readFileSync(join(releasesDirOf(platform.dataDir), 'current.json'), 'utf8'),
    ) as { dir: string };
    const installer = join(releasesDirOf(platform.dataDir), current.dir, '信用核查工作台-0.2.0.AppImage');
    const original = readFileSync(installer);
    writeFileSync(installer, Buffer.alloc(original.length, 'z'));
    try {
      const status = await runCheck(realUpdater(LATE_PC), (state) => ['downloaded', 'error'].includes(state));
      expect(status).toMatchObject({
        state: 'error',
        message: '下载的更新文件校验失败（SHA-512 不符），已丢弃，稍后重新下载',
      });
    } finally {
      writeFileSync(installer, original);
    }
  });
});
