import { createHash, randomUUID } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { makePrivateDir, makePrivateFiles, PRIVATE_FILE_MODE } from './private-modes';

/** What one attachment may weigh (the platform accepts more; the window keeps to this). */
export const FILE_SIZE_LIMIT = 10 * 1024 * 1024;

export type FileStore = {
  /**
   * Stores the bytes under their sha256 (once: the same bytes again change nothing, unless the stored copy is
   * damaged, which they replace).
   */
  put: (bytes: Buffer) => { sha256: string; size: number; created: boolean };
  /** The bytes stored under a hash, or null when there are none. */
  read: (sha256: string) => Buffer | null;
  has: (sha256: string) => boolean;
  path: (sha256: string) => string;
};

export const sha256Of = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

const isFile = (path: string): boolean => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/**
 * Content-addressed files under <dataDir>/files/<sha256>. A file is written to files/tmp, fsynced, then renamed
 * under its hash (and the directory fsynced where the OS allows): after a crash there is either the whole file
 * under its name or none — a stray .part in tmp/ at most, cleared when the store opens.
 */
export function createFileStore(filesDir: string): FileStore {
  const tmpDir = join(filesDir, 'tmp');
  makePrivateDir(filesDir);
  makePrivateDir(tmpDir);
  for (const name of readdirSync(tmpDir)) rmSync(join(tmpDir, name), { force: true, recursive: true });
  // Files stored by an older version were 0644.
  makePrivateFiles(
    readdirSync(filesDir)
      .filter((name) => name !== 'tmp')
      .map((name) => join(filesDir, name)),
  );
  const path = (sha256: string): string => join(filesDir, sha256);

  const put: FileStore['put'] = (bytes) => {
    const sha256 = sha256Of(bytes);
    const target = path(sha256);
    // Stored already — unless damaged (bytes that no longer hash to their name): then written afresh.
    if (isFile(target) && statSync(target).size === bytes.length && sha256Of(readFileSync(target)) === sha256)
      return { sha256, size: bytes.length, created: false };
    const tmp = join(tmpDir, `${randomUUID()}.part`);
    try {
      const fd = openSync(tmp, 'wx', PRIVATE_FILE_MODE);
      try {
        for (let written = 0; written < bytes.length;)
          written += writeSync(fd, bytes, written, bytes.length - written);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, target);
    } finally {
      rmSync(tmp, { force: true });
    }
    try {
      const dir = openSync(filesDir, 'r');
      try {
        fsyncSync(dir);
      } finally {
        closeSync(dir);
      }
    } catch {
      // Windows cannot open a directory for fsync; NTFS journals the rename itself.
    }
    return { sha256, size: bytes.length, created: true };
  };

  const read: FileStore['read'] = (sha256) => {
    const target = path(sha256);
    if (!isFile(target)) return null;
    try {
      return readFileSync(target);
    } catch {
      return null;
    }
  };

  return { put, read, has: (sha256) => isFile(path(sha256)), path };
}
