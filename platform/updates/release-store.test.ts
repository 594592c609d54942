import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify, parse } from 'yaml';
import { tempDir } from '../testing/temp-platform';
import { writeFakeRelease } from '../testing/fake-release';
import { compareVersions } from './release-version';
import { currentRelease, publishRelease, setRollout } from './release-store';

const work = tempDir('ccw-release-store-');
afterAll(() => work.remove());
let n = 0;
const fresh = (): { releases: string; source: (version: string) => string } => {
  n += 1;
  const base = join(work.path, `case-${n}`);
  return {
    releases: join(base, 'releases'),
    source: (version) => writeFakeRelease(join(base, `src-${version}`), version).folder,
  };
};
const publish = (releases: string, source: string, force = false, rollout = 100) =>
  publishRelease(releases, source, { rollout, force, now: new Date('2026-12-05T02:00:00Z') });
/** Edits a channel file of a release folder in place. */
const edit = (folder: string, channel: string, change: (manifest: Record<string, unknown>) => void): void => {
  const manifest = parse(readFileSync(join(folder, channel), 'utf8')) as Record<string, unknown>;
  change(manifest);
  writeFileSync(join(folder, channel), stringify(manifest));
};
const firstFile = (manifest: Record<string, unknown>) =>
  (manifest.files as { url: string; sha512: string; size: number }[])[0]!;

describe('publishing a release', () => {
  it('copies only the files the channel files name, and points current at it', async () => {
    const { releases, source } = fresh();
    const published = await publish(releases, source('1.0.0'), false, 30);
    expect(published.version).toBe('1.0.0');
    expect(published.channels).toEqual(['latest.yml', 'latest-linux.yml']);
    expect(readdirSync(join(releases, '1.0.0')).sort()).toEqual(published.files);
    expect(published.files).not.toContain('builder-debug.yml');
    expect(published.files).toContain('信用核查工作台 Setup 1.0.0.exe.blockmap');
    expect(await currentRelease(releases)).toMatchObject({ version: '1.0.0', dir: '1.0.0', rollout: 30 });
    // No staging folder or temporary pointer is left behind.
    expect(readdirSync(releases).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('refuses an installer whose sha512 or size does not match, and leaves the current release served', async () => {
    const { releases, source } = fresh();
    await publish(releases, source('1.0.0'));
    const bad = source('1.1.0');
    edit(bad, 'latest.yml', (manifest) => {
      firstFile(manifest).sha512 = Buffer.alloc(64, 7).toString('base64');
    });
    await expect(publish(releases, bad)).rejects.toThrow(
      /latest\.yml：文件 SHA-512 校验不符：信用核查工作台 Setup 1\.1\.0\.exe/,
    );
    const resized = source('1.2.0');
    edit(resized, 'latest-linux.yml', (manifest) => {
      firstFile(manifest).size += 1;
    });
    await expect(publish(releases, resized)).rejects.toThrow(/文件大小不符/);
    // The installer changed after the manifest was written (a corrupted copy).
    const corrupted = source('1.3.0');
    writeFileSync(join(corrupted, '信用核查工作台-1.3.0.AppImage'), Buffer.alloc(64 * 1024 + 17, 'x'));
    await expect(publish(releases, corrupted)).rejects.toThrow(/SHA-512 校验不符/);
    expect((await currentRelease(releases))?.version).toBe('1.0.0');
    expect(existsSync(join(releases, '1.1.0'))).toBe(false);
    expect(readdirSync(releases).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('refuses a named file that is missing, or named with a path', async () => {
    const { releases, source } = fresh();
    const missing = source('1.0.0');
    edit(missing, 'latest.yml', (manifest) => {
      firstFile(manifest).url = 'not-there.exe';
      manifest.path = 'not-there.exe';
    });
    await expect(publish(releases, missing)).rejects.toThrow(/缺少文件：not-there\.exe/);
    for (const url of ['../platform.db', '/etc/passwd', 'sub/dir.exe', '..\\x.exe', '.hidden']) {
      const folder = source('1.0.0');
      edit(folder, 'latest.yml', (manifest) => {
        firstFile(manifest).url = url;
      });
      await expect(publish(releases, folder), url).rejects.toThrow(/文件名不允许/);
    }
    expect(await currentRelease(releases)).toBeNull();
  });

  it('refuses a bad version, versions that disagree, a folder without channel files', async () => {
    const { releases, source } = fresh();
    const notSemver = source('1.0.0');
    edit(notSemver, 'latest.yml', (manifest) => {
      manifest.version = '1.0';
    });
    await expect(publish(releases, notSemver)).rejects.toThrow(/语义化版本/);
    const disagree = source('1.0.0');
    edit(disagree, 'latest-linux.yml', (manifest) => {
      manifest.version = '1.0.1';
    });
    await expect(publish(releases, disagree)).rejects.toThrow(/版本 1\.0\.1 与其他清单的 1\.0\.0 不一致/);
    await expect(publish(releases, join(work.path, 'nowhere'))).rejects.toThrow(/发布文件夹不存在/);
    const empty = join(work.path, 'empty');
    writeFakeRelease(empty, '1.0.0', {});
    await expect(publish(releases, empty)).rejects.toThrow(/没有更新清单/);
    writeFileSync(join(empty, 'latest.yml'), 'version: [1.0.0\n');
    await expect(publish(releases, empty)).rejects.toThrow(/latest\.yml 无法读取/);
  });

  it('publishes only a newer version unless forced; a forced republish gets a folder of its own', async () => {
    const { releases, source } = fresh();
    await publish(releases, source('1.0.0'));
    await expect(publish(releases, source('1.0.0'))).rejects.toThrow(/不比当前发布的 1\.0\.0 新.*--force/);
    await expect(publish(releases, source('0.9.0'))).rejects.toThrow(/不比当前发布的/);
    const forced = await publish(releases, source('1.0.0'), true);
    expect(forced.version).toBe('1.0.0');
    expect((await currentRelease(releases))?.dir).toBe('1.0.0~2');
    await publish(releases, source('1.0.1-beta.1'));
    await publish(releases, source('1.0.1'));
    expect((await currentRelease(releases))?.version).toBe('1.0.1');
  });

  it('changes the rollout of the current release only within 0–100', async () => {
    const { releases, source } = fresh();
    await expect(setRollout(releases, 50, new Date())).rejects.toThrow('尚未发布任何版本');
    await publish(releases, source('2.0.0'));
    expect((await setRollout(releases, 10, new Date())).rollout).toBe(10);
    await expect(setRollout(releases, 101, new Date())).rejects.toThrow('0–100');
    await expect(setRollout(releases, 2.5, new Date())).rejects.toThrow('0–100');
    await expect(publish(releases, source('2.1.0'), false, -1)).rejects.toThrow('0–100');
    expect((await currentRelease(releases))?.rollout).toBe(10);
  });
});

describe('version order', () => {
  it('orders as semver does, prereleases before their release', () => {
    const sorted = [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0',
      '1.0.1',
      '1.10.0',
      '2.0.0',
    ];
    for (let i = 0; i + 1 < sorted.length; i += 1)
      expect(compareVersions(sorted[i]!, sorted[i + 1]!), `${sorted[i]} < ${sorted[i + 1]}`).toBe(-1);
    expect(compareVersions('1.0.0+build.5', '1.0.0')).toBe(0);
  });
});
