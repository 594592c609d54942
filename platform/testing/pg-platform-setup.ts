import { relative, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, expect, inject } from 'vitest';
import { openPgDatabase, type PgDatabase } from '../db/pg/engine';
import { setDatabaseUrlResolver } from '../db/pg/engine-selection';
import { databaseUrl, uniqueDatabaseName } from './pg-databases';

const ROOT = resolve(__dirname, '..', '..');

/**
 * Platform tests that cannot run on PostgreSQL, and why: they test SQLite itself (its migrations, pragmas,
 * sqlite_master), which the PostgreSQL schema has its own tests for. A path ending in / covers a folder.
 */
const SQLITE_ONLY: Readonly<Record<string, string>> = {
  'platform/db/migrations.test.ts': '测试的是 SQLite 迁移与 user_version，PostgreSQL 迁移另有测试',
  'platform/db/schema-pin.test.ts': '锁定的是 SQLite 表结构（sqlite_master）的哈希',
  'platform/db/migrations/': '逐条测试 SQLite 迁移',
};

const sqliteOnlyReason = (file: string): string | undefined => {
  const path = relative(ROOT, file).split('\\').join('/');
  const entry = Object.entries(SQLITE_ONLY).find(([key]) =>
    key.endsWith('/') ? path.startsWith(key) : path === key,
  );
  return entry?.[1];
};

// The platform-pg project (vitest.config.mts): every platform opened through openPlatformDb in this test file
// runs on PostgreSQL, a database of its own per data directory (a copy of the migrated platform template), so
// two temp platforms in one test stay apart and a platform reopened on its data directory finds its data.
const pg = inject('pg');
const template = inject('pgPlatformTemplate');
const databases = new Map<string, string>();
let admin: PgDatabase | null = null;
let skipReason: string | undefined;

function databaseFor(dataDir: string): string {
  if (!pg.available || template === null) throw new Error('PostgreSQL 不可用');
  const key = resolve(dataDir);
  let name = databases.get(key);
  if (name === undefined) {
    name = uniqueDatabaseName('p');
    admin ??= openPgDatabase(pg.adminUrl);
    admin.exec(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    databases.set(key, name);
  }
  return databaseUrl(pg.adminUrl, name);
}

beforeAll(() => {
  skipReason = pg.available ? sqliteOnlyReason(expect.getState().testPath ?? '') : pg.reason;
  if (skipReason !== undefined) console.info(`本文件在 PostgreSQL 上跳过：${skipReason}`);
  else setDatabaseUrlResolver(databaseFor);
});

beforeEach((context) => {
  if (skipReason !== undefined) context.skip(skipReason);
});

afterAll(() => {
  setDatabaseUrlResolver(null);
  const current = admin;
  admin = null;
  if (current === null) return;
  try {
    for (const name of databases.values()) current.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    databases.clear();
    current.close();
  }
});
