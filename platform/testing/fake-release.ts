import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

export type FakeRelease = {
  folder: string;
  version: string;
  /** Installer file name → its bytes. */
  installers: Record<string, Buffer>;
};

const sha512 = (bytes: Buffer): string => createHash('sha512').update(bytes).digest('base64');

/**
 * A release folder as electron-builder writes one, with small made-up installers: for each channel file its
 * installer (Chinese product name, spaces, as the real ones) and a blockmap, and the channel file naming them
 * with their real sha512 and size. `tamper` changes bytes after the channel file was written.
 */
export function writeFakeRelease(
  folder: string,
  version: string,
  channels: Partial<Record<'latest.yml' | 'latest-linux.yml' | 'latest-linux-arm64.yml', string>> = {
    'latest.yml': `信用核查工作台 Setup ${version}.exe`,
    'latest-linux.yml': `信用核查工作台-${version}.AppImage`,
  },
): FakeRelease {
  mkdirSync(folder, { recursive: true });
  const installers: Record<string, Buffer> = {};
  for (const [channel, installer] of Object.entries(channels)) {
    // Big enough for a range request to mean something; distinct per installer and version.
    const bytes = Buffer.alloc(64 * 1024 + 17, `${installer} ${version} `);
    installers[installer] = bytes;
    writeFileSync(join(folder, installer), bytes);
    writeFileSync(join(folder, `${installer}.blockmap`), `blockmap of ${installer}`);
    const manifest = {
      version,
      files: [{ url: installer, sha512: sha512(bytes), size: bytes.length, blockMapSize: 1234 }],
      path: installer,
      sha512: sha512(bytes),
      releaseDate: '2026-12-01T08:00:00.000Z',
    };
    writeFileSync(join(folder, channel), stringify(manifest));
  }
  // electron-builder leaves more next to them; none of it is published.
  writeFileSync(join(folder, 'builder-debug.yml'), 'secret: not for clients\n');
  return { folder, version, installers };
}
