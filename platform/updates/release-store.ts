import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { toBeijingIso } from '../../shared/time';
import { CHANNEL_FILES, checkNamedFiles, isPlainFileName, parseChannelFile } from './release-files';
import { compareVersions } from './release-version';

/**
 * The release feed's files on disk, under the platform's data directory: `releases/<dir>/` holds each
 * published release (channel files, installers, blockmaps: only the files the channel files name), and
 * `releases/current.json` says which one is served and to what share of the PCs. Publishing copies into a
 * staging folder, checks the copy, renames it into place and then replaces current.json by a rename: a running
 * platform (another process) serves the old release or the new one, never half of one.
 */
const Current = z.object({
  version: z.string(),
  dir: z.string(),
  rollout: z.number().int().min(0).max(100),
  publishedAt: z.string(),
  rolloutChangedAt: z.string(),
  files: z.array(z.string()),
});
export type CurrentRelease = z.infer<typeof Current>;

export const releasesDirOf = (dataDir: string): string => join(dataDir, 'releases');
const pointerPath = (releasesDir: string): string => join(releasesDir, 'current.json');

/** The release being served, or null when none was published (or the pointer is unreadable). */
export async function currentRelease(releasesDir: string): Promise<CurrentRelease | null> {
  const text = await readFile(pointerPath(releasesDir), 'utf8').catch(() => null);
  if (text === null) return null;
  try {
    return Current.parse(JSON.parse(text));
  } catch {
    return null;
  }
}

async function writePointer(releasesDir: string, current: CurrentRelease): Promise<void> {
  const temporary = join(releasesDir, `.current-${randomBytes(6).toString('hex')}.json`);
  await writeFile(temporary, `${JSON.stringify(current, null, 2)}\n`, { flag: 'wx' });
  await rename(temporary, pointerPath(releasesDir));
}

export const isRollout = (value: number): boolean => Number.isInteger(value) && value >= 0 && value <= 100;

/**
 * A channel file as served: the published one with `stagingPercentage` set to the rollout (left out at 100,
 * which electron-updater reads as everyone).
 */
export async function servedChannelFile(
  releasesDir: string,
  current: CurrentRelease,
  name: string,
): Promise<string> {
  const document = parseDocument(await readFile(join(releasesDir, current.dir, name), 'utf8'));
  if (current.rollout >= 100) document.delete('stagingPercentage');
  else document.set('stagingPercentage', current.rollout);
  return document.toString();
}

export const isChannelFile = (name: string): boolean => (CHANNEL_FILES as readonly string[]).includes(name);

/** A release the CLI refuses to publish, or a rollout it refuses to set; the message is for the operator. */
export class ReleaseRefused extends Error {}

export type PublishOptions = { rollout: number; force: boolean; now: Date };
export type Published = { version: string; rollout: number; channels: string[]; files: string[] };

/** Checks a release folder, copies it into the feed and makes it the current release. */
export async function publishRelease(
  releasesDir: string,
  source: string,
  options: PublishOptions,
): Promise<Published> {
  if (!isRollout(options.rollout)) throw new ReleaseRefused('推送比例应为 0–100 的整数');
  const sourceInfo = await stat(source).catch(() => null);
  if (sourceInfo === null || !sourceInfo.isDirectory())
    throw new ReleaseRefused(`发布文件夹不存在：${source}`);

  const channels: string[] = [];
  for (const name of CHANNEL_FILES)
    if ((await stat(join(source, name)).catch(() => null))?.isFile() === true) channels.push(name);
  if (channels.length === 0)
    throw new ReleaseRefused(
      `发布文件夹中没有更新清单（${CHANNEL_FILES.join('、')} 至少一个，由 electron-builder 生成）`,
    );

  await mkdir(releasesDir, { recursive: true });
  const staging = join(releasesDir, `.staging-${randomBytes(6).toString('hex')}`);
  try {
    // Copied first, checked on the copy: what is checked is what will be served.
    await mkdir(staging);
    const problems: string[] = [];
    const files = new Set<string>(channels);
    let version: string | null = null;
    for (const name of channels) {
      await copyFile(join(source, name), join(staging, name));
      let channel;
      try {
        channel = parseChannelFile(await readFile(join(staging, name), 'utf8'));
      } catch (error) {
        problems.push(
          `${name} 无法读取：${error instanceof z.ZodError ? z.prettifyError(error) : String(error)}`,
        );
        continue;
      }
      if (version !== null && channel.version !== version)
        problems.push(`${name} 的版本 ${channel.version} 与其他清单的 ${version} 不一致`);
      version ??= channel.version;
      for (const file of channel.files) {
        if (!isPlainFileName(file.url) || files.has(file.url)) continue;
        files.add(file.url);
        await copyFile(join(source, file.url), join(staging, file.url)).catch(() => undefined);
        // The blockmap next to an installer lets clients download only what changed; optional.
        const blockmap = `${file.url}.blockmap`;
        if ((await stat(join(source, blockmap)).catch(() => null))?.isFile() === true) {
          await copyFile(join(source, blockmap), join(staging, blockmap));
          files.add(blockmap);
        }
      }
      problems.push(...(await checkNamedFiles(staging, channel)).map((problem) => `${name}：${problem}`));
    }
    if (problems.length > 0 || version === null)
      throw new ReleaseRefused(`发布文件夹有误，未发布：\n${problems.join('\n')}`);

    const previous = await currentRelease(releasesDir);
    if (previous !== null && !options.force && compareVersions(version, previous.version) <= 0)
      throw new ReleaseRefused(
        `版本 ${version} 不比当前发布的 ${previous.version} 新（客户端不会降级；确需重新发布请加 --force）`,
      );

    const dir = await freeDirName(releasesDir, version);
    await rename(staging, join(releasesDir, dir));
    const at = toBeijingIso(options.now);
    await writePointer(releasesDir, {
      version,
      dir,
      rollout: options.rollout,
      publishedAt: at,
      rolloutChangedAt: at,
      files: [...files].sort(),
    });
    return { version, rollout: options.rollout, channels, files: [...files].sort() };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** `<version>`, or `<version>~2`, `~3`… when that version was published before (--force). */
async function freeDirName(releasesDir: string, version: string): Promise<string> {
  const taken = new Set(await readdir(releasesDir));
  if (!taken.has(version)) return version;
  for (let n = 2; ; n += 1) if (!taken.has(`${version}~${n}`)) return `${version}~${n}`;
}

/** Changes the share of PCs the current release is offered to. */
export async function setRollout(releasesDir: string, rollout: number, now: Date): Promise<CurrentRelease> {
  if (!isRollout(rollout)) throw new ReleaseRefused('推送比例应为 0–100 的整数');
  const current = await currentRelease(releasesDir);
  if (current === null) throw new ReleaseRefused('尚未发布任何版本，无法调整推送比例');
  const next = { ...current, rollout, rolloutChangedAt: toBeijingIso(now) };
  await writePointer(releasesDir, next);
  return next;
}

/** The releases on disk (newest first), each with its folder. */
export async function listReleases(releasesDir: string): Promise<{ dir: string; version: string }[]> {
  const entries = await readdir(releasesDir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => ({ dir: entry.name, version: entry.name.replace(/~\d+$/, '') }))
    .sort((a, b) => compareVersions(b.version, a.version) || b.dir.localeCompare(a.dir));
}
