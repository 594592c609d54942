import { z } from 'zod';

/**
 * Where the desktop app stands with updates from the city platform (electron/main/updates/): the app bar shows
 * 有新版本 once one is downloaded and checked, to be installed when the app next quits. The browser host and a
 * development build have no updater (`unavailable`); they hide the chip.
 */
export const UpdateState = z.enum(['unavailable', 'idle', 'checking', 'downloading', 'downloaded', 'error']);
export type UpdateState = z.infer<typeof UpdateState>;

export const UpdateStatus = z.object({
  state: UpdateState,
  /** The version found (downloading, downloaded), else null. */
  version: z.string().nullable(),
  /** Download progress, 0–100, while downloading. */
  percent: z.number().min(0).max(100).nullable(),
  /** What a person reads, in Chinese (the state in words, or what went wrong). */
  message: z.string(),
  /** When the last check ended (Beijing ISO), null before the first. */
  checkedAt: z.string().nullable(),
});
export type UpdateStatus = z.infer<typeof UpdateStatus>;

export const updateMessages = {
  browser: '浏览器模式不自动更新',
  development: '开发版不自动更新',
  noFeed: '未配置更新地址（部署配置），自动更新已停用',
  notYet: '尚未检查更新',
  idle: '已是最新版本',
  notPublished: '市平台尚未发布新版本',
  checking: '正在检查更新',
  downloading: (version: string, percent: number) => `正在下载新版本 ${version}（${Math.floor(percent)}%）`,
  downloaded: (version: string) => `新版本 ${version} 已下载并校验，将在下次启动时安装`,
  checksum: '下载的更新文件校验失败（SHA-512 不符），已丢弃，稍后重新下载',
  network: '无法连接市平台的更新服务，稍后自动重试',
  certificate: '市平台更新服务的证书不受信任，已停止下载',
  failed: '检查更新失败，稍后自动重试',
} as const;

/** The app bar's words for a status: 有新版本 once downloaded; null: nothing to show. */
export function updateChip(status: UpdateStatus): { label: string; tooltip: string } | null {
  if (status.state !== 'downloaded' || status.version === null) return null;
  return { label: `有新版本 ${status.version}`, tooltip: `重启后安装：${status.message}` };
}
