import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { isSemver } from './release-version';

/**
 * The channel files electron-builder writes next to the installers, one per OS it built for (Windows has no
 * suffix; Linux arm64 is named by its arch). The client asks for its own one (electron-updater's
 * Provider.getChannelFilePrefix).
 */
export const CHANNEL_FILES = [
  'latest.yml',
  'latest-linux.yml',
  'latest-linux-arm64.yml',
  'latest-mac.yml',
] as const;

/**
 * A file name a release may hold: one path segment, no separators, no `..`, no control characters, not hidden.
 * The installers' names are the product's (Chinese, with spaces), so the allowed characters are wide; serving
 * only ever looks names up in the published list, never builds a path from the request.
 */
export const isPlainFileName = (name: string): boolean =>
  name.length > 0 &&
  name.length <= 255 &&
  !name.startsWith('.') &&
  !/[/\\:*?"<>|]/.test(name) &&
  // eslint-disable-next-line no-control-regex
  !/[\u0000-\u001f\u007f]/.test(name) &&
  name.trim() === name;

const Sha512 = z.string().regex(/^[A-Za-z0-9+/]{86}==$/, 'sha512 应为 base64 编码的 SHA-512');

const ReleaseFile = z.object({
  url: z.string(),
  sha512: Sha512,
  size: z.number().int().nonnegative(),
  blockMapSize: z.number().int().nonnegative().optional(),
});

/** What electron-builder writes in latest*.yml (and what electron-updater reads); other keys are kept as is. */
export const ChannelFile = z
  .object({
    version: z.string().refine(isSemver, '版本号应为语义化版本（如 1.2.3）'),
    files: z.array(ReleaseFile).min(1),
    path: z.string().optional(),
    sha512: Sha512.optional(),
    releaseDate: z.string().optional(),
    stagingPercentage: z.number().optional(),
  })
  .passthrough();
export type ChannelFile = z.infer<typeof ChannelFile>;

export const parseChannelFile = (text: string): ChannelFile => ChannelFile.parse(parse(text));

/** Base64 SHA-512 of a file, as electron-builder writes it. */
export function sha512Of(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha512');
    createReadStream(path)
      .on('error', reject)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('base64')));
  });
}

/** The problems of one channel file's named files in `folder` (empty: every one is there and matches). */
export async function checkNamedFiles(folder: string, channel: ChannelFile): Promise<string[]> {
  const problems: string[] = [];
  for (const file of channel.files) {
    if (!isPlainFileName(file.url)) {
      problems.push(`文件名不允许：${JSON.stringify(file.url)}（应为发布文件夹中的文件名，不含路径）`);
      continue;
    }
    const path = join(folder, file.url);
    const info = await stat(path).catch(() => null);
    if (info === null || !info.isFile()) {
      problems.push(`缺少文件：${file.url}`);
      continue;
    }
    if (info.size !== file.size)
      problems.push(`文件大小不符：${file.url}（清单 ${file.size} 字节，实际 ${info.size} 字节）`);
    else if ((await sha512Of(path)) !== file.sha512) problems.push(`文件 SHA-512 校验不符：${file.url}`);
  }
  if (channel.path !== undefined && !channel.files.some((file) => file.url === channel.path))
    problems.push(`path 字段所指文件不在 files 列表中：${channel.path}`);
  return problems;
}
