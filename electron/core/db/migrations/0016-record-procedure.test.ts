import { describe, expect, it } from 'vitest';
import type { Db } from '../../../../node-shared/db/connection';
import { migrate } from '../../../../node-shared/db/migrate';
import { freshDatabases } from '../../../../node-shared/db/testing/fresh-db';
import { migrations } from './index';

const freshDb = freshDatabases('cache.sqlite3');

function cacheAt(version: number): Db {
  const db = freshDb();
  migrate(db, migrations.slice(0, version));
  return db;
}

const insertRecord = (db: Db, id: string, procedure?: string | null): void => {
  const columns = procedure === undefined ? '' : ', procedure';
  const values = procedure === undefined ? '' : ', @procedure';
  db.prepare(
    `INSERT INTO credit_records (id, subject_id, category, title, content, source_department, decision_number,
       decision_on, publication_ends_on, status${columns})
     VALUES (@id, 's1', 'penalty', '行政处罚', '罚款', '平顶山市城市管理局', NULL, '2026-05-01', NULL, 'published'${values})`,
  ).run({ id, ...(procedure === undefined ? {} : { procedure }) });
};

describe('client migration 16 record-procedure', () => {
  it('adds 处罚程序 to the records cached before it as NULL, and accepts only 简易/普通', () => {
    const db = cacheAt(15);
    db.prepare(
      `INSERT INTO subjects (id, name, identifier, identifier_kind, kind, region_code, status, updated_at)
       VALUES ('s1', '冯志亚', '410425196906028054', 'citizen-id', 'natural-person', '410425', 'active', 'now')`,
    ).run();
    insertRecord(db, 'before');
    expect(migrate(db, migrations)).toEqual({ ok: true, value: { from: 15, to: migrations.length } });
    expect(db.prepare("SELECT procedure FROM credit_records WHERE id = 'before'").get()).toEqual({
      procedure: null,
    });
    insertRecord(db, 'simple', 'simple');
    insertRecord(db, 'ordinary', 'ordinary');
    expect(() => insertRecord(db, 'bad', '简易')).toThrow(/CHECK/);
    expect(db.prepare('SELECT count(*) AS n FROM credit_records').get()).toEqual({ n: 3 });
  });
});
