import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { err, ok, type Result } from '../../shared/result';
import { isCacheKey } from '../../shared/cache-key';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../../node-shared/files/private-modes';

// The browser host has no Electron safeStorage: its cache key is a 0600 file in the user's configuration folder,
// outside the data folder, so a copy of the data folder (a backup, a stolen disk image of it) does not carry it.

export const KEY_FILE_ENV = 'CCW_KEY_FILE';

/** Where the key file is: CCW_KEY_FILE, else the per-user configuration folder of the platform. */
export function cacheKeyFilePath(env: NodeJS.ProcessEnv, home: string, platform: NodeJS.Platform): string {
  const named = env[KEY_FILE_ENV];
  if (named !== undefined && named !== '') return resolve(named);
  const config =
    platform === 'win32'
      ? (env.APPDATA ?? join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : env.XDG_CONFIG_HOME !== undefined && env.XDG_CONFIG_HOME !== ''
          ? env.XDG_CONFIG_HOME
          : join(home, '.config');
  return join(config, 'credit-check-workbench', 'cache.key');
}

const inside = (folder: string, path: string): boolean => {
  const from = relative(resolve(folder), resolve(path));
  return from === '' || (!from.startsWith('..') && !isAbsolute(from));
};

const readKey = (file: string): Result<string> => {
  const key = readFileSync(file, 'utf8').trim();
  if (!isCacheKey(key))
    return err('DB_KEY_MISMATCH', `数据库密钥文件已损坏：${file}。请联系管理员，不要删除数据目录。`);
  chmodSync(file, PRIVATE_FILE_MODE);
  return ok(key);
};

/**
 * The cache key from its file, made on first use (32 random bytes, 0600). Two hosts starting at once agree on one
 * key: each writes its own temporary file and links it into place, and whoever is second reads the first's.
 */
export function loadOrCreateCacheKey(keyFile: string, dataDir: string): Result<string> {
  if (inside(dataDir, keyFile))
    return err('DB_OPEN_FAILED', '数据库密钥文件不能放在数据目录之内，请另选位置（CCW_KEY_FILE）。');
  try {
    if (existsSync(keyFile)) return readKey(keyFile);
    // A folder made here is private; an existing one (say, a temporary folder a test names) is left as it is.
    mkdirSync(dirname(keyFile), { recursive: true, mode: PRIVATE_DIR_MODE });
    const temporary = `${keyFile}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      const fd = openSync(temporary, 'wx', PRIVATE_FILE_MODE);
      try {
        writeSync(fd, `${randomBytes(32).toString('hex')}\n`);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      try {
        linkSync(temporary, keyFile);
      } catch (error) {
        if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
      }
    } finally {
      rmSync(temporary, { force: true });
    }
    return readKey(keyFile);
  } catch (error) {
    return err(
      'DB_OPEN_FAILED',
      `无法读取或创建数据库密钥文件 ${keyFile}：${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
