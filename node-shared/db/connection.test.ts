import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openDatabase } from './connection';

// Opening waits for a file another connection holds, but not for ever: a file locked past the busy timeout is
// refused with SQLITE_BUSY, and opens in WAL once the holder lets go.
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

it('refuses, in bounded time, a file another connection holds exclusively, and opens it once released', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ccw-open-busy-'));
  dirs.push(dir);
  const file = join(dir, 'held.sqlite3');
  // A holder in the rollback journal, as a file is before anyone turned it into WAL.
  const holder = new Database(file);
  holder.exec('CREATE TABLE t (x); BEGIN EXCLUSIVE; INSERT INTO t VALUES (1);');
  const started = Date.now();
  let code: string | undefined;
  try {
    openDatabase(file).close();
  } catch (error) {
    code = error instanceof Database.SqliteError ? error.code : String(error);
  }
  const waited = Date.now() - started;
  expect(code).toMatch(/^SQLITE_BUSY/);
  expect(waited).toBeGreaterThanOrEqual(4_000);
  expect(waited).toBeLessThan(15_000);
  holder.exec('COMMIT');
  holder.close();
  const db = openDatabase(file);
  expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
  expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(1);
  db.close();
}, 30_000);
