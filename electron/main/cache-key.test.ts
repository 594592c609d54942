import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../node-shared/db/connection';
import { DATABASE_FILE } from '../core/core';
import { KEY_BLOB_FILE, loadCacheKey } from './cache-key';
import { bundleCoreProcess } from './testing/core-process-bundle';
import { startShell } from './testing/core-process-fixture';
import { FakeSafeStorage } from './testing/fake-safe-storage';

let bundle: { entry: string; shim: string };
const cleanups: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  bundle = await bundleCoreProcess('cache-key-test');
}, 60_000);

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const userData = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'ccw-user-data-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};

describe('the desktop app’s cache key (safeStorage)', () => {
  it('is made on first start, stored only as the OS’s ciphertext (0600), and the same on the next start', () => {
    const dir = userData();
    const os = new FakeSafeStorage();
    const first = loadCacheKey(os, dir, 'win32');
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value).toMatch(/^[0-9a-f]{64}$/);
    const blob = readFileSync(join(dir, KEY_BLOB_FILE));
    expect(blob.includes(first.value)).toBe(false);
    expect(blob.includes(Buffer.from(first.value, 'hex'))).toBe(false);
    expect(statSync(join(dir, KEY_BLOB_FILE)).mode & 0o777).toBe(0o600);
    expect(loadCacheKey(os, dir, 'win32')).toEqual(first);
  });

  it('cannot be unsealed by another OS account or PC (a copied profile)', () => {
    const dir = userData();
    expect(loadCacheKey(new FakeSafeStorage(), dir, 'win32').ok).toBe(true);
    const elsewhere = loadCacheKey(new FakeSafeStorage(), dir, 'win32');
    expect(elsewhere.ok ? 'opened' : elsewhere.error.code).toBe('DB_KEY_MISMATCH');
  });

  it('is refused rather than kept in clear when the OS cannot protect it', () => {
    const unavailable = loadCacheKey(new FakeSafeStorage(false), userData(), 'win32');
    expect(unavailable.ok ? 'made' : unavailable.error.message).toMatch(/系统密钥服务不可用/);
    const basicText = loadCacheKey(new FakeSafeStorage(true, 'basic_text'), userData(), 'linux');
    expect(basicText.ok ? 'made' : basicText.error.message).toMatch(/密钥环/);
  });

  it('reaches the core process in its start message and encrypts the cache there', async () => {
    const key = loadCacheKey(new FakeSafeStorage(), userData(), 'linux');
    if (!key.ok) throw new Error(key.error.message);
    const run = await startShell(bundle, { cacheKey: key.value });
    cleanups.push(run.dispose);
    if (!run.started.ok) throw new Error(run.started.error.message);
    const file = join(run.started.value.dataDir, DATABASE_FILE);
    await run.started.value.core.stop();

    expect(readFileSync(file).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(() => openDatabase(file).prepare('SELECT 1 FROM meta').get()).toThrow(/not a database/);
    const db = openDatabase(file, { key: key.value });
    expect(db.prepare('SELECT count(*) FROM subjects').pluck().get()).toBeGreaterThan(0);
    db.close();
    expect(run.logged.join('\n')).not.toContain(key.value);
  });
});
