import { formatBeijing } from '../../shared/time';
import {
  currentRelease,
  isRollout,
  listReleases,
  publishRelease,
  ReleaseRefused,
  setRollout,
} from './release-store';

const rolloutText = (rollout: number): string =>
  rollout === 0 ? '暂停推送（0%）' : rollout === 100 ? '全部电脑（100%）' : `${rollout}% 的电脑`;

/** --rollout's value: an integer 0–100, else a refusal in words. */
export function parseRollout(value: string): number {
  const rollout = /^\d{1,3}$/.test(value) ? Number(value) : Number.NaN;
  if (!isRollout(rollout)) throw new ReleaseRefused(`--rollout 应为 0–100 的整数（百分比），而不是 ${value}`);
  return rollout;
}

/** --publish-release <folder> [--rollout N] [--force]. */
export async function publishReleaseCli(
  releasesDir: string,
  folder: string,
  options: { rollout: string | undefined; force: boolean; now: Date },
): Promise<string> {
  const rollout = options.rollout === undefined ? 100 : parseRollout(options.rollout);
  const published = await publishRelease(releasesDir, folder, {
    rollout,
    force: options.force,
    now: options.now,
  });
  return [
    `已发布版本 ${published.version}，推送范围：${rolloutText(published.rollout)}`,
    `更新清单：${published.channels.join('、')}`,
    `文件 ${published.files.length} 个：${published.files.join('、')}`,
    '客户端在启动时及每 4 小时检查一次更新，下载并校验后于下次启动时安装。',
  ].join('\n');
}

/** --rollout N alone: the current release's share. */
export async function setRolloutCli(releasesDir: string, value: string, now: Date): Promise<string> {
  const current = await setRollout(releasesDir, parseRollout(value), now);
  return `版本 ${current.version} 的推送范围已改为：${rolloutText(current.rollout)}`;
}

/** --releases: the current release and every release on disk. */
export async function releasesCli(releasesDir: string): Promise<string> {
  const current = await currentRelease(releasesDir);
  const all = await listReleases(releasesDir);
  if (current === null && all.length === 0) return '尚未发布任何版本';
  const lines =
    current === null
      ? ['当前未发布任何版本']
      : [
          `当前版本 ${current.version}，推送范围：${rolloutText(current.rollout)}`,
          `发布于 ${formatBeijing(current.publishedAt)}，推送范围改于 ${formatBeijing(current.rolloutChangedAt)}`,
        ];
  lines.push('已发布过的版本：');
  for (const release of all)
    lines.push(`  ${release.dir}${release.dir === current?.dir ? '  （当前）' : ''}`);
  return lines.join('\n');
}
