import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import type { SafeStorage } from 'electron';
import { isCacheKey } from '../../shared/cache-key';
import { err, ok, type Result } from '../../shared/result';

// The cache key in the desktop app: 32 random bytes made on the PC's first start, kept only as safeStorage's
// ciphertext (DPAPI on Windows, the Keychain on macOS, libsecret/kwallet on Linux) in userData, beside — not in
// — the data folder. The key is decrypted here and handed to the core process in its start message; a copy of
// the data folder, or of the whole profile to another account or PC, cannot be opened without the OS's secret.

export const KEY_BLOB_FILE = 'cache-key.bin';

/** The part of Electron's safeStorage used here. */
export type KeyProtector = Pick<
  SafeStorage,
  'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'
>;

/** Owner read and write only (the OS's ciphertext, but still nobody else's business). */
const PRIVATE_FILE_MODE = 0o600;

const failure = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function writeBlob(file: string, blob: Buffer): void {
  const temporary = `${file}.tmp`;
  const fd = openSync(temporary, 'w', PRIVATE_FILE_MODE);
  try {
    writeSync(fd, blob);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}

/**
 * The cache key, decrypted from userData/cache-key.bin, or made and stored there on first start. Refuses to start
 * rather than keep the key in clear: without OS encryption (safeStorage unavailable, or Linux without a keyring,
 * where Electron falls back to a fixed password) the answer is an error saying so.
 */
export function loadCacheKey(
  safeStorage: KeyProtector,
  userData: string,
  platform: NodeJS.Platform,
): Result<string> {
  const file = join(userData, KEY_BLOB_FILE);
  if (!safeStorage.isEncryptionAvailable())
    return err(
      'DB_OPEN_FAILED',
      '系统密钥服务不可用，无法保护本地数据库的密钥。请确认已登录操作系统账户后重试。',
    );
  if (platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text')
    return err(
      'DB_OPEN_FAILED',
      '未找到系统密钥环（如 GNOME 密钥环或 KWallet），无法保护本地数据库的密钥。请安装并解锁密钥环后重试。',
    );
  try {
    if (existsSync(file)) {
      const key = safeStorage.decryptString(readFileSync(file));
      if (!isCacheKey(key))
        return err('DB_KEY_MISMATCH', '本地数据库的密钥已损坏，无法解密本地数据库。数据仍在，请联系管理员。');
      return ok(key);
    }
    const key = randomBytes(32).toString('hex');
    writeBlob(file, safeStorage.encryptString(key));
    return ok(key);
  } catch (error) {
    rmSync(`${file}.tmp`, { force: true });
    return err(
      'DB_KEY_MISMATCH',
      `无法用本机系统账户解开本地数据库的密钥（${failure(error)}）。数据仍在，请用原系统账户登录或联系管理员。`,
    );
  }
}
