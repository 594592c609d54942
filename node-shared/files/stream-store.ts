import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { access, mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export const FILE_SIZE_LIMIT = 50 * 1024 * 1024;

export type StoreOutcome =
  { ok: true; size: number; created: boolean } | { ok: false; code: 'HASH_MISMATCH' | 'FILE_TOO_LARGE' };

/** Content-addressed layout: <filesDir>/<first two hex digits>/<sha256>, so no directory grows huge. */
export const filePath = (filesDir: string, sha256: string): string =>
  join(filesDir, sha256.slice(0, 2), sha256);

class TooLarge extends Error {}

async function fsync(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );

/**
 * Streams an upload to a temporary file while hashing it, then moves it under its name only if the bytes hash
 * to that name. Write, fsync, rename, fsync the directory: after a crash there is either the whole file under
 * its hash or none (a stray .part in tmp/ at worst). The same content uploaded twice is stored once.
 */
export async function storeFile(
  filesDir: string,
  sha256: string,
  body: Readable,
  limit = FILE_SIZE_LIMIT,
): Promise<StoreOutcome> {
  const tmpDir = join(filesDir, 'tmp');
  await mkdir(tmpDir, { recursive: true });
  const tmp = join(tmpDir, `${randomUUID()}.part`);
  const hash = createHash('sha256');
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > limit) return callback(new TooLarge());
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  try {
    await pipeline(body, meter, createWriteStream(tmp, { flags: 'wx' }));
    if (hash.digest('hex') !== sha256) return { ok: false, code: 'HASH_MISMATCH' };
    await fsync(tmp);
    const target = filePath(filesDir, sha256);
    if (await exists(target)) return { ok: true, size, created: false };
    await mkdir(dirname(target), { recursive: true });
    await rename(tmp, target);
    await fsync(dirname(target)).catch(() => {
      // Windows cannot open a directory for fsync; NTFS journals the rename itself.
    });
    return { ok: true, size, created: true };
  } catch (error) {
    if (error instanceof TooLarge) return { ok: false, code: 'FILE_TOO_LARGE' };
    throw error;
  } finally {
    await rm(tmp, { force: true });
  }
}
