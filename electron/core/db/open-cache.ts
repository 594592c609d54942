import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { err, ok, type Result } from '../../../shared/result';
import { openDatabase, type Db } from '../../../node-shared/db/connection';
import {
  makePrivateDir,
  makePrivateFiles,
  PRIVATE_FILE_MODE,
} from '../../../node-shared/files/private-modes';
import { prepareCacheFile, type PrepareOptions } from './encrypt-cache';

export const DATABASE_FILE = 'cache.sqlite3';

/** The cache and the files SQLite keeps beside it. */
export const cacheFiles = (file: string): string[] => [file, `${file}-wal`, `${file}-shm`, `${file}-journal`];

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Opens the encrypted cache in a private data folder (0700, its files 0600), encrypting a plain cache an older
 * version left (encrypt-cache.ts) first. A key that does not open the cache is refused with its own code: the
 * data is not lost, but this key cannot read it.
 */
export function openCache(dataDir: string, key: string, options: PrepareOptions = {}): Result<Db> {
  const file = join(dataDir, DATABASE_FILE);
  try {
    makePrivateDir(dataDir);
    if (prepareCacheFile(file, key, options) === 'new') {
      // Created here with its mode, so SQLite gives the WAL and shared-memory files the same one.
      closeSync(openSync(file, 'a', PRIVATE_FILE_MODE));
    }
    makePrivateFiles(cacheFiles(file));
  } catch (error) {
    return err('DB_OPEN_FAILED', `无法准备本地数据库（原有数据未改动）：${reason(error)}`);
  }
  let db: Db;
  try {
    db = openDatabase(file, {
      key,
      ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
    });
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'SQLITE_NOTADB')
      return err(
        'DB_KEY_MISMATCH',
        '本机的数据库密钥无法解密本地数据库：密钥文件可能已被替换或丢失。数据仍在，请联系管理员。',
      );
    return err('DB_OPEN_FAILED', `无法打开本地数据库：${reason(error)}`);
  }
  makePrivateFiles(cacheFiles(file));
  return ok(db);
}
