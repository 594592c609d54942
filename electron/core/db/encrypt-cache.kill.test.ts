import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundleForNode } from '../../../node-shared/testing/bundle';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../node-shared/db/connection';
import { migrate } from '../../../node-shared/db/migrate';
import { setMeta } from '../app/meta.repo';
import { seedIfEmpty } from '../app/seed';
import { newCacheKey, RESOURCES_DIR, tempDir } from '../testing/temp-core';
import { cacheFileState, type EncryptStep } from './encrypt-cache';
import { migrations } from './migrations';
import { DATABASE_FILE, openCache } from './open-cache';

// The migration of a plain cache in a real process, killed with SIGKILL after each step and at moments spread
// over its run: every next start finds the data whole and finishes the encryption.
const ROOT = resolve(__dirname, '..', '..', '..');
const work = tempDir('ccw-encrypt-kill-');
const child = join(work.path, 'encrypt-cache-child.cjs');
let template = '';
let expected: Record<string, number> = {};

const countRows = (db: Db): Record<string, number> =>
  Object.fromEntries(
    (
      db
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")
        .pluck()
        .all() as string[]
    ).map((name) => [name, db.prepare(`SELECT count(*) FROM "${name}"`).pluck().get() as number]),
  );

beforeAll(async () => {
  await bundleForNode(join(__dirname, 'testing', 'encrypt-cache-child.ts'), child);
  template = join(work.path, 'template.sqlite3');
  const db = openDatabase(template);
  const migrated = migrate(db, migrations);
  if (!migrated.ok) throw new Error(migrated.error.message);
  seedIfEmpty(db, RESOURCES_DIR, new Date('2026-11-27T02:00:00Z'), true);
  setMeta(db, 'device_token', 'a-device-token-to-keep');
  db.pragma('journal_mode = DELETE');
  expected = countRows(db);
  db.close();
}, 60_000);
afterAll(() => work.remove());

function plainCopy(name: string): { dir: string; file: string } {
  const dir = join(work.path, name);
  const file = join(dir, DATABASE_FILE);
  mkdirSync(dir);
  copyFileSync(template, file);
  return { dir, file };
}

function run(file: string, key: string, killAfter: EncryptStep | null, killAtMs: number | null) {
  const process_ = spawn(process.execPath, [child], {
    env: {
      ...process.env,
      NODE_PATH: join(ROOT, 'node_modules'),
      CCW_CACHE_FILE: file,
      CCW_CACHE_KEY: key,
      ...(killAfter === null ? {} : { CCW_KILL_AFTER: killAfter }),
    },
    stdio: 'ignore',
  });
  if (killAtMs !== null) setTimeout(() => process_.kill('SIGKILL'), killAtMs);
  return new Promise<string | null>((done) => process_.on('exit', (_code, signal) => done(signal)));
}

async function killedThenStarted(name: string, killAfter: EncryptStep | null, killAtMs: number | null) {
  const { dir, file } = plainCopy(name);
  const key = newCacheKey();
  const signal = await run(file, key, killAfter, killAtMs);
  if (killAfter !== null) expect(signal).toBe('SIGKILL');
  // Whatever the kill left, the cache file is whole: plain, or encrypted and verified.
  const state = cacheFileState(file);
  const left = openDatabase(file, state === 'encrypted' ? { key } : {});
  expect(countRows(left)).toEqual(expected);
  left.close();

  const opened = openCache(dir, key);
  if (!opened.ok) throw new Error(opened.error.message);
  expect(countRows(opened.value)).toEqual(expected);
  opened.value.close();
  expect(cacheFileState(file)).toBe('encrypted');
  expect(readdirSync(dir).sort()).toEqual([DATABASE_FILE]);
}

describe('encrypting a plain cache, killed with SIGKILL', () => {
  it.each(['checkpointed', 'copied', 'encrypted', 'verified', 'linked', 'swapped'] as const)(
    'after "%s": nothing lost, the next start completes it',
    (step) => killedThenStarted(`after-${step}`, step, null),
  );

  it.each([5, 40, 80, 120, 160, 240, 320])('at %i ms: nothing lost, the next start completes it', (ms) =>
    killedThenStarted(`at-${ms}`, null, ms),
  );
});
