import { afterEach, expect, it } from 'vitest';
import type { Db } from '../../node-shared/db/connection';
import { openPlatformDb } from '../db/open-platform-db';
import { latestSeq } from '../feed/feed.repo';
import { tempDir } from '../testing/temp-platform';
import { IDLE_READERS, readerPool } from './readers';

const work = tempDir('ccw-readers-');
const dbs: Db[] = [];
afterEach(() => {
  dbs.splice(0).forEach((db) => db.close());
});

const addChange = (db: Db, code: string): void => {
  db.prepare("INSERT INTO matter_categories (code, name) VALUES (?, '测试类别')").run(code);
};

it('reuses a released reader with a fresh snapshot, keeps at most IDLE_READERS idle, and closes them all', () => {
  const db = openPlatformDb(work.path);
  dbs.push(db);
  const readers = readerPool(db);
  const first = readers.open();
  const before = latestSeq(first);
  addChange(db, 'r-1');
  // One snapshot while open…
  expect(latestSeq(first)).toBe(before);
  readers.release(first);
  // …and the next stream gets the same connection, seeing the commit made meanwhile.
  const again = readers.open();
  expect(again).toBe(first);
  expect(latestSeq(again)).toBeGreaterThan(before);
  readers.release(again);

  const many = Array.from({ length: IDLE_READERS + 3 }, () => readers.open());
  expect(new Set(many).size).toBe(many.length);
  many.forEach((reader) => readers.release(reader));
  const kept = many.filter((reader) => reader.open);
  expect(kept).toHaveLength(IDLE_READERS);
  readers.closeAll();
  expect(many.filter((reader) => reader.open)).toHaveLength(0);
});
