import { describe, expect, it } from 'vitest';
import type { Db } from '../../../../node-shared/db/connection';
import { migrate } from '../../../../node-shared/db/migrate';
import { freshDatabases } from '../../../../node-shared/db/testing/fresh-db';
import { migrations } from './index';

const freshDb = freshDatabases('cache.sqlite3');

const VERSION = 15;
const before = migrations.filter((migration) => migration.version < VERSION);

const insertSubject = (db: Db, grade: string | null): void => {
  db.prepare(
    `INSERT INTO subjects (id, name, identifier, identifier_kind, kind, region_code, status, grade, updated_at)
     VALUES ('s1', '平顶山市鹰城建设工程有限公司', '91410400MA0000001X', 'uscc', 'legal-person', '410400', 'active',
       ?, '2026-11-01T00:00:00.000Z')`,
  ).run(grade);
};

const insertReport = (db: Db, number: string, authorisation?: string): void => {
  const columns = `number, subject_id, subject_name, subject_kind, identifier_masked, purpose, case_number,
    data_as_of, issuing_unit, issuing_unit_code, issued_at, issued_by, content, content_hash`;
  const values = `?, 's1', '冯**', 'natural-person', '410425********8054', '资格审查', 'CG-1',
    '2026-11-27T09:00:00.000+08:00', '市政务服务中心', '', '2026-11-27T10:00:00.000+08:00', '赵敏', '{}', ?`;
  if (authorisation === undefined)
    db.prepare(`INSERT INTO reports (${columns}) VALUES (${values})`).run(number, 'a'.repeat(64));
  else
    db.prepare(`INSERT INTO reports (${columns}, authorisation) VALUES (${values}, ?)`).run(
      number,
      'b'.repeat(64),
      authorisation,
    );
};

const gradeRow = `INSERT INTO subject_grades (id, subject_id, scheme, grade, evaluator, evaluated_on, valid_until, source)
  VALUES ('g1', 's1', 'market-risk', 'D', '平顶山市市场监督管理局', '2026-10-01', NULL, '企业信用风险分类结果')`;

describe('15 grades-and-report-authorisation', () => {
  it('keeps what the cache held: subjects.grade untouched, reports issued before without an authorisation', () => {
    const db = freshDb();
    migrate(db, before);
    insertSubject(db, 'B');
    insertReport(db, 'XYBG410400202611270000001');
    expect(migrate(db, migrations)).toEqual({
      ok: true,
      value: { from: VERSION - 1, to: migrations.length },
    });
    expect(db.prepare('SELECT grade FROM subjects').pluck().get()).toBe('B');
    expect(db.prepare('SELECT authorisation FROM reports').pluck().get()).toBeNull();
    expect(db.prepare('SELECT count(*) FROM subject_grades').pluck().get()).toBe(0);
  });

  it('stores a grade row per result, gone with its subject', () => {
    const db = freshDb();
    migrate(db, migrations);
    expect(() => db.prepare(gradeRow).run()).toThrow(/FOREIGN KEY/);
    insertSubject(db, null);
    db.prepare(gradeRow).run();
    expect(() =>
      db
        .prepare(
          `INSERT INTO subject_grades (id, subject_id, scheme, grade, evaluator, evaluated_on, source)
           VALUES ('g2', 's1', 'tax-credit', 'A', NULL, '2026-04-20', '公告')`,
        )
        .run(),
    ).toThrow(/NOT NULL/);
    db.prepare("DELETE FROM subjects WHERE id = 's1'").run();
    expect(db.prepare('SELECT count(*) FROM subject_grades').pluck().get()).toBe(0);
  });

  it('keeps reports append-only with their authorisation, which must be JSON', () => {
    const db = freshDb();
    migrate(db, migrations);
    insertReport(db, 'XYBG410400202611270000002', JSON.stringify({ method: 'in-person' }));
    expect(() => db.prepare('UPDATE reports SET authorisation = NULL').run()).toThrow(/append-only/);
    expect(() => insertReport(db, 'XYBG410400202611270000003', 'not json')).toThrow(/CHECK/);
  });
});
