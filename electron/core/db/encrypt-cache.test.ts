import { chmodSync, copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../node-shared/db/connection';
import { migrate } from '../../../node-shared/db/migrate';
import { setMeta } from '../app/meta.repo';
import { seedIfEmpty } from '../app/seed';
import { newCacheKey, RESOURCES_DIR, tempDir } from '../testing/temp-core';
import {
  cacheFileState,
  encryptingName,
  plaintextName,
  prepareCacheFile,
  type EncryptStep,
} from './encrypt-cache';
import { migrations } from './migrations';
import { DATABASE_FILE, openCache } from './open-cache';

const TOKEN = 'device-token-that-must-not-stay-in-clear-7f3a9c';
const STEPS: EncryptStep[] = ['checkpointed', 'copied', 'encrypted', 'verified', 'linked', 'swapped'];

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A cache as the last unencrypted version left it: plain SQLite, WAL, 0644, the demo data, a device token. */
function plainCache(): { dir: string; file: string; counts: Record<string, number> & { meta: number } } {
  const written = tempDir();
  const dir = tempDir();
  cleanups.push(written.remove, dir.remove);
  const db = openDatabase(join(written.path, DATABASE_FILE));
  const migrated = migrate(db, migrations);
  if (!migrated.ok) throw new Error(migrated.error.message);
  seedIfEmpty(db, RESOURCES_DIR, new Date('2026-11-27T02:00:00Z'), true);
  setMeta(db, 'device_token', TOKEN);
  const counts = countRows(db);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('wal_autocheckpoint = 0');
  setMeta(db, 'last_sync_at', '2026-11-27T10:00:00+08:00');
  // Copied while open, as a kill leaves it: the last write only in the WAL beside the file.
  const file = join(dir.path, DATABASE_FILE);
  copyFileSync(join(written.path, DATABASE_FILE), file);
  copyFileSync(join(written.path, `${DATABASE_FILE}-wal`), `${file}-wal`);
  db.close();
  chmodSync(file, 0o644);
  return { dir: dir.path, file, counts: { ...counts, meta: counts.meta ?? 0 } };
}

function countRows(db: Db): Record<string, number> {
  const names = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    names.map((name) => [name, db.prepare(`SELECT count(*) FROM "${name}"`).pluck().get() as number]),
  );
}

const readWith = <T>(file: string, key: string | undefined, read: (db: Db) => T): T => {
  const db = openDatabase(file, key === undefined ? {} : { key });
  try {
    return read(db);
  } finally {
    db.close();
  }
};

/** Every byte in the data folder, to look for what must not be there in clear. */
const folderBytes = (dir: string): Buffer =>
  Buffer.concat(
    readdirSync(dir)
      .map((name) => join(dir, name))
      .filter((path) => statSync(path).isFile())
      .map((path) => readFileSync(path)),
  );

describe('a plain cache from an older version', () => {
  it('is encrypted on first start: verified, swapped, the plain bytes gone, nothing lost', () => {
    const { dir, file, counts } = plainCache();
    const key = newCacheKey();
    const opened = openCache(dir, key);
    if (!opened.ok) throw new Error(opened.error.message);
    const db = opened.value;
    expect(countRows(db)).toMatchObject({ ...counts, meta: counts.meta + 1 });
    expect(db.prepare("SELECT value FROM meta WHERE key = 'device_token'").pluck().get()).toBe(TOKEN);
    expect(db.prepare("SELECT value FROM meta WHERE key = 'last_sync_at'").pluck().get()).toBe(
      '2026-11-27T10:00:00+08:00',
    );
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();

    expect(cacheFileState(file)).toBe('encrypted');
    expect(readdirSync(dir).sort()).toEqual([DATABASE_FILE]);
    expect(folderBytes(dir).includes(TOKEN)).toBe(false);
    expect(folderBytes(dir).includes('平顶山')).toBe(false);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(() => readWith(file, undefined, (plain) => countRows(plain))).toThrow(/not a database/);
  });

  it.each(STEPS)('interrupted after "%s", loses nothing, and the next start completes it', (stopAt) => {
    const { dir, file, counts } = plainCache();
    const key = newCacheKey();
    expect(() =>
      prepareCacheFile(file, key, {
        afterStep: (step) => {
          if (step === stopAt) throw new Error(`stopped after ${step}`);
        },
      }),
    ).toThrow(`stopped after ${stopAt}`);

    // As the process left it: the cache is the plain file, whole, or (after the swap) the verified encrypted one.
    const swapped = stopAt === 'swapped';
    expect(cacheFileState(file)).toBe(swapped ? 'encrypted' : 'plaintext');
    expect(readWith(file, swapped ? key : undefined, countRows)).toMatchObject({
      ...counts,
      meta: counts.meta + 1,
    });

    const opened = openCache(dir, key);
    if (!opened.ok) throw new Error(opened.error.message);
    expect(countRows(opened.value)).toMatchObject({ ...counts, meta: counts.meta + 1 });
    opened.value.close();
    expect(cacheFileState(file)).toBe('encrypted');
    expect(readdirSync(dir).sort()).toEqual([DATABASE_FILE]);
    expect(folderBytes(dir).includes(TOKEN)).toBe(false);
  });

  it('a copy half written by a killed process is thrown away and the plain cache encrypted afresh', () => {
    const { dir, file, counts } = plainCache();
    const key = newCacheKey();
    writeFileSync(encryptingName(file), Buffer.alloc(5000, 7));
    writeFileSync(`${encryptingName(file)}-journal`, Buffer.alloc(512, 1));

    const opened = openCache(dir, key);
    if (!opened.ok) throw new Error(opened.error.message);
    expect(countRows(opened.value)).toMatchObject({ ...counts, meta: counts.meta + 1 });
    opened.value.close();
    expect(readdirSync(dir).sort()).toEqual([DATABASE_FILE]);
  });

  it('a plain second name left after the swap is wiped, not restored, once the cache is encrypted', () => {
    const { dir, file } = plainCache();
    const key = newCacheKey();
    expect(() =>
      prepareCacheFile(file, key, {
        afterStep: (step) => {
          if (step === 'swapped') throw new Error('killed');
        },
      }),
    ).toThrow('killed');
    expect(readFileSync(plaintextName(file)).includes(TOKEN)).toBe(true);
    expect(prepareCacheFile(file, key)).toBe('encrypted');
    expect(readdirSync(dir).sort()).toEqual([DATABASE_FILE]);
  });
});

describe('the encrypted cache', () => {
  it('is not plain SQLite, opens with its key only, and keeps its folder and files private', () => {
    const dir = tempDir();
    cleanups.push(dir.remove);
    const dataDir = join(dir.path, 'data');
    const key = newCacheKey();
    const opened = openCache(dataDir, key);
    if (!opened.ok) throw new Error(opened.error.message);
    const migrated = migrate(opened.value, migrations);
    expect(migrated.ok).toBe(true);
    setMeta(opened.value, 'device_token', TOKEN);
    const file = join(dataDir, DATABASE_FILE);

    expect(readFileSync(file).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    for (const name of [DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`])
      expect(statSync(join(dataDir, name)).mode & 0o777).toBe(0o600);
    expect(folderBytes(dataDir).includes(TOKEN)).toBe(false);
    opened.value.close();

    expect(() => readWith(file, undefined, countRows)).toThrow(/not a database/);
    expect(() => readWith(file, newCacheKey(), countRows)).toThrow(/not a database/);
    expect(
      readWith(file, key, (db) =>
        db.prepare("SELECT value FROM meta WHERE key = 'device_token'").pluck().get(),
      ),
    ).toBe(TOKEN);

    const wrong = openCache(dataDir, newCacheKey());
    expect(wrong.ok ? 'opened' : wrong.error.code).toBe('DB_KEY_MISMATCH');
    // A refused key changes nothing: the right one still opens the same cache.
    expect(
      readWith(file, key, (db) =>
        db.prepare("SELECT value FROM meta WHERE key = 'device_token'").pluck().get(),
      ),
    ).toBe(TOKEN);
  });

  it('tightens a data folder an older version left open (0755 folder, 0644 files)', () => {
    const { dir, file } = plainCache();
    chmodSync(dir, 0o755);
    const opened = openCache(dir, newCacheKey());
    if (!opened.ok) throw new Error(opened.error.message);
    opened.value.prepare("UPDATE meta SET value = 'x' WHERE key = 'last_sync_at'").run();
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    for (const path of [file, `${file}-wal`, `${file}-shm`]) expect(statSync(path).mode & 0o777).toBe(0o600);
    opened.value.close();
  });
});
