import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../core/testing/temp-core';
import { cacheKeyFilePath, loadOrCreateCacheKey } from './cache-key-file';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

const folder = (): string => {
  const dir = tempDir();
  cleanups.push(dir.remove);
  return dir.path;
};

describe('the browser host’s cache key file', () => {
  it('is made once (256 random bits, 0600, in a 0700 folder) and read back the same', () => {
    const root = folder();
    const keyFile = join(root, 'config', 'credit-check-workbench', 'cache.key');
    const first = loadOrCreateCacheKey(keyFile, join(root, 'data'));
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(statSync(join(root, 'config', 'credit-check-workbench')).mode & 0o777).toBe(0o700);
    expect(loadOrCreateCacheKey(keyFile, join(root, 'data'))).toEqual(first);
    expect(loadOrCreateCacheKey(join(root, 'other.key'), join(root, 'data'))).not.toEqual(first);
  });

  it('is refused inside the data folder, where a copy of the folder would carry it', () => {
    const root = folder();
    const refused = loadOrCreateCacheKey(join(root, 'data', 'cache.key'), join(root, 'data'));
    expect(refused.ok ? 'accepted' : refused.error.message).toMatch(/不能放在数据目录之内/);
  });

  it('a damaged key file is an error, never replaced by a new key (that would orphan the cache)', () => {
    const root = folder();
    const keyFile = join(root, 'cache.key');
    writeFileSync(keyFile, 'not a key');
    const damaged = loadOrCreateCacheKey(keyFile, join(root, 'data'));
    expect(damaged.ok ? 'accepted' : damaged.error.code).toBe('DB_KEY_MISMATCH');
    expect(readFileSync(keyFile, 'utf8')).toBe('not a key');
  });

  it('lives in the user’s configuration folder, or where CCW_KEY_FILE says', () => {
    expect(cacheKeyFilePath({}, '/home/wang', 'linux')).toBe(
      '/home/wang/.config/credit-check-workbench/cache.key',
    );
    expect(cacheKeyFilePath({ XDG_CONFIG_HOME: '/cfg' }, '/home/wang', 'linux')).toBe(
      '/cfg/credit-check-workbench/cache.key',
    );
    expect(cacheKeyFilePath({ CCW_KEY_FILE: '/keys/k' }, '/home/wang', 'linux')).toBe('/keys/k');
  });
});
