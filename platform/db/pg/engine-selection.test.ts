import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, expect, inject, it } from 'vitest';
import type { Db } from '../../../node-shared/db/connection';
import { databaseUrl, describePg, freshPgDatabases } from '../../testing/pg-databases';
import { freePort } from '../../testing/pg-cluster';
import { tempDir } from '../../testing/temp-platform';
import { openPlatformDb, openReader } from '../open-platform-db';
import { PgDatabase } from './engine';
import { EngineError } from './engine-errors';

const refusal = (run: () => unknown): { code: string; message: string } => {
  try {
    run();
  } catch (error) {
    if (error instanceof EngineError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('not refused');
};

const CHINESE = /[\u4e00-\u9fff]/;

describePg('choosing the platform engine', () => {
  const freshDb = freshPgDatabases();
  let dir: ReturnType<typeof tempDir>;
  const opened: Db[] = [];
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => {
    for (const db of opened.splice(0)) if (db.open) db.close();
    delete process.env.PLATFORM_DATABASE_URL;
    dir.remove();
  });

  it('runs on the PostgreSQL database of PLATFORM_DATABASE_URL, with a reader on a second connection', async () => {
    process.env.PLATFORM_DATABASE_URL = await freshDb();
    const db = openPlatformDb(dir.path);
    opened.push(db);
    expect(db).toBeInstanceOf(PgDatabase);
    db.exec('CREATE TABLE notes (id integer PRIMARY KEY, body text)');
    db.prepare('INSERT INTO notes VALUES (?, ?)').run(1, '第一条');
    const reader = openReader(db);
    opened.push(reader);
    reader.exec('BEGIN');
    expect(reader.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(1);
    db.prepare('INSERT INTO notes VALUES (?, ?)').run(2, '第二条');
    expect(reader.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(1); // one snapshot
    expect(() => reader.prepare('DELETE FROM notes').run()).toThrow(/read-only/);
    delete process.env.PLATFORM_DATABASE_URL;
    const sqlite = openPlatformDb(dir.path);
    opened.push(sqlite);
    expect(sqlite).not.toBeInstanceOf(PgDatabase);
  });

  it('refuses an address that is not PostgreSQL’s, in Chinese with a code, and never shows the password', () => {
    for (const url of ['mysql://app@127.0.0.1/db', 'not a url', 'postgres:///db', 'http://127.0.0.1:80/db']) {
      const refused = refusal(() => openPlatformDb(dir.path, undefined, url));
      expect(refused.code).toBe('DATABASE_URL_INVALID');
      expect(refused.message).toMatch(CHINESE);
    }
  });

  it('refuses an injection-looking database name or address parameter before connecting', () => {
    const { adminUrl } = inject('pg') as { adminUrl: string };
    for (const name of [
      'x;DROP DATABASE ccw_empty_template',
      "x'%3B%20DROP%20DATABASE%20postgres%3B--",
      'x%22%20OR%201%3D1',
      '1starts_with_digit',
      'a'.repeat(64),
      '',
    ]) {
      const refused = refusal(() => openPlatformDb(dir.path, undefined, databaseUrl(adminUrl, name)));
      expect(refused.code).toBe('DATABASE_NAME_INVALID');
      expect(refused.message).toMatch(CHINESE);
    }
    for (const query of ['options=-c%20search_path%3Devil', 'host=/tmp', 'sslmode=bogus']) {
      const refused = refusal(() => openPlatformDb(dir.path, undefined, `${adminUrl}?${query}`));
      expect(refused.code).toBe('DATABASE_URL_INVALID');
      expect(refused.message).toMatch(CHINESE);
    }
    const check = openPlatformDb(dir.path, undefined, adminUrl);
    opened.push(check);
    expect(
      check.prepare('SELECT count(*) FROM pg_database WHERE datname = ?').pluck().get('ccw_empty_template'),
    ).toBe(1);
  });

  it('refuses a port where no PostgreSQL answers (an HTTP server, nothing at all) and a missing database', async () => {
    const server: Server = createServer((_request, response) => response.end('hello'));
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    try {
      const httpPort = (server.address() as AddressInfo).port;
      const http = refusal(() =>
        openPlatformDb(dir.path, undefined, `postgres://app:s3cret-pass@127.0.0.1:${httpPort}/platform`),
      );
      expect(http.code).toBe('DATABASE_UNREACHABLE');
      expect(http.message).toMatch(
        /无法连接 PostgreSQL 数据库.*没有按 PostgreSQL 协议应答|对方不是 PostgreSQL 服务/,
      );
      expect(http.message).not.toContain('s3cret-pass');
    } finally {
      server.close();
    }
    const closedPort = await freePort();
    const closed = refusal(() =>
      openPlatformDb(dir.path, undefined, `postgres://app@127.0.0.1:${closedPort}/x`),
    );
    expect(closed).toEqual({
      code: 'DATABASE_UNREACHABLE',
      message: expect.stringMatching(/没有服务在监听/) as unknown,
    });
    const { adminUrl } = inject('pg') as { adminUrl: string };
    const missing = refusal(() =>
      openPlatformDb(dir.path, undefined, databaseUrl(adminUrl, 'no_such_database')),
    );
    expect(missing).toEqual({
      code: 'DATABASE_UNREACHABLE',
      message: expect.stringMatching(/该数据库不存在/) as unknown,
    });
  });
});
