import { copyFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../node-shared/db/connection';
import { BACKSTOP_PAGES, WAL_SIZE_LIMIT_BYTES } from '../../../node-shared/db/checkpoints';
import { openTempCore, tempDir } from '../testing/temp-core';
import { DATABASE_FILE } from './open-cache';

// The checkpoint thread of the core (node-shared/db/checkpoints.ts) against a real encrypted cache: calls' commits
// no longer copy the WAL into the database, the thread does, the WAL is reused instead of growing, and nothing
// committed is lost across a close and a reopen.
const cores: { dispose: () => void }[] = [];
afterEach(() => cores.splice(0).forEach((core) => core.dispose()));

function core() {
  const opened = openTempCore({ withDemo: false });
  cores.push(opened);
  opened.db.exec('CREATE TABLE filler (n INTEGER PRIMARY KEY, body BLOB)');
  return opened;
}

const write = (db: Db, rows: number): void => {
  const insert = db.prepare('INSERT INTO filler (body) VALUES (randomblob(3000))');
  // One commit per row, as calls commit: each is a WAL append of its own.
  for (let row = 0; row < rows; row += 1) insert.run();
};

/** Rows of `filler` in the database file alone — what a checkpoint has copied there, without the WAL. */
function rowsInDatabaseFile(file: string, key: string): number {
  const copies = tempDir('ccw-checkpoint-copy-');
  try {
    const copy = join(copies.path, DATABASE_FILE);
    copyFileSync(file, copy);
    const db = openDatabase(copy, { key });
    try {
      return db.prepare('SELECT count(*) FROM filler').pluck().get() as number;
    } finally {
      db.close();
    }
  } finally {
    copies.remove();
  }
}

describe('checkpoints off the call path', () => {
  it('leaves the copy to its thread: the writer only checkpoints past the backstop, the WAL is bounded', () => {
    const { db } = core();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(BACKSTOP_PAGES);
    expect(db.pragma('journal_size_limit', { simple: true })).toBe(WAL_SIZE_LIMIT_BYTES);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
  });

  it('copies committed rows into the database file on its own thread once enough frames wait', () => {
    const opened = core();
    const file = join(opened.dataDir, DATABASE_FILE);
    expect(opened.checkpoints.settle()).toBe(true);
    // A few hundred frames: the thread's rounds leave them in the WAL (the clerk's next commit need not start it over).
    write(opened.db, 50);
    expect(opened.checkpoints.settle({ force: false })).toBe(true);
    expect(rowsInDatabaseFile(file, opened.cacheKey)).toBe(0);
    // Far more than SQLite's default autocheckpoint (1,000 pages): a commit would have copied them by now.
    // Rounds meanwhile copy whenever 1,000 frames wait, so what the last few hundred rows left may stay.
    write(opened.db, 1500);
    expect(opened.checkpoints.settle({ force: false })).toBe(true);
    expect(rowsInDatabaseFile(file, opened.cacheKey)).toBeGreaterThan(1000);
    expect(opened.checkpoints.settle()).toBe(true);
    expect(rowsInDatabaseFile(file, opened.cacheKey)).toBe(1550);
  });

  it('reuses the WAL from its start once a checkpoint is complete, so the file stops growing', () => {
    const opened = core();
    const wal = `${join(opened.dataDir, DATABASE_FILE)}-wal`;
    const sizes: number[] = [];
    for (let round = 0; round < 6; round += 1) {
      write(opened.db, 300);
      expect(opened.checkpoints.settle()).toBe(true);
      sizes.push(statSync(wal).size);
    }
    // Each round starts over at the WAL's beginning: six rounds leave it the size the first one made it.
    expect(new Set(sizes)).toEqual(new Set([sizes[0]]));
  });

  it('keeps every commit across a close and a reopen, and closes its connection with the core', () => {
    const opened = core();
    const file = join(opened.dataDir, DATABASE_FILE);
    write(opened.db, 300);
    opened.close();
    // The thread closed first, so the core's close was the last one: SQLite checkpointed and removed the WAL.
    expect(existsSync(`${file}-wal`)).toBe(false);
    const again = openDatabase(file, { key: opened.cacheKey });
    expect(again.prepare('SELECT count(*) FROM filler').pluck().get()).toBe(300);
    again.close();
  });
});
