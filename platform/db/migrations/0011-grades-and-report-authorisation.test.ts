import { describe, expect, it } from 'vitest';
import type { Db } from '../../../node-shared/db/connection';
import { migrate } from '../../../node-shared/db/migrate';
import { freshDatabases } from '../../../node-shared/db/testing/fresh-db';
import { platformMigrations } from './index';

const freshDb = freshDatabases('platform.sqlite3');

const VERSION = 11;
const before = platformMigrations.filter((migration) => migration.version < VERSION);

const changes = (db: Db): { seq: number; tbl: string; op: string; key: string; row: string | null }[] =>
  db.prepare('SELECT seq, tbl, op, key, row FROM changes ORDER BY seq').all() as {
    seq: number;
    tbl: string;
    op: string;
    key: string;
    row: string | null;
  }[];

const insertSubject = (db: Db): void => {
  db.prepare(
    `INSERT INTO subjects (id, name, identifier, identifier_kind, kind, region_code, status, grade, updated_at)
     VALUES ('s1', '平顶山市鹰城建设工程有限公司', '91410400MA0000001X', 'uscc', 'legal-person', '410400',
       'active', 'C', '2026-11-01T00:00:00.000Z')`,
  ).run();
};

const gradeInsert = `INSERT INTO subject_grades (id, subject_id, scheme, grade, evaluator, evaluated_on, valid_until,
  source) VALUES ('g1', 's1', 'market-risk', 'D', '平顶山市市场监督管理局', '2026-10-01', NULL, '企业信用风险分类结果')`;

describe('11 grades-and-report-authorisation', () => {
  it('keeps the change log and subjects.grade as they were, and logs grade rows from then on', () => {
    const db = freshDb();
    migrate(db, before);
    insertSubject(db);
    const logBefore = changes(db);
    migrate(db, platformMigrations);
    expect(changes(db)).toEqual(logBefore);
    expect(db.prepare('SELECT grade FROM subjects').pluck().get()).toBe('C');

    db.exec(gradeInsert);
    db.exec("UPDATE subject_grades SET valid_until = '2026-12-31' WHERE id = 'g1'");
    db.exec("DELETE FROM subjects WHERE id = 's1'");
    const logged = changes(db).slice(logBefore.length);
    expect(logged.map((change) => [change.tbl, change.op, change.key])).toEqual([
      ['subject_grades', 'upsert', 'g1'],
      ['subject_grades', 'upsert', 'g1'],
      ['subject_grades', 'delete', 'g1'],
      ['subjects', 'delete', 's1'],
    ]);
    expect(JSON.parse(logged[1]?.row ?? 'null')).toEqual({
      id: 'g1',
      subject_id: 's1',
      scheme: 'market-risk',
      grade: 'D',
      evaluator: '平顶山市市场监督管理局',
      evaluated_on: '2026-10-01',
      valid_until: '2026-12-31',
      source: '企业信用风险分类结果',
    });
    // Seqs continue after the rebuilt log's, and the log stays append-only.
    expect(logged[0]?.seq).toBe((logBefore.at(-1)?.seq ?? 0) + 1);
    expect(() => db.exec("UPDATE changes SET key = 'x'")).toThrow(/append-only/);
  });

  it('keeps logging every older synced table', () => {
    const db = freshDb();
    migrate(db, platformMigrations);
    insertSubject(db);
    db.exec("UPDATE subjects SET name = '平顶山市尧山旅游有限公司' WHERE id = 's1'");
    db.exec(`INSERT INTO rule_tables (id, version, content, updated_at)
             VALUES ('grade-policy', '1', '{}', '2026-11-27T00:00:00.000+08:00')`);
    expect(changes(db).map((change) => [change.tbl, change.op])).toEqual([
      ['subjects', 'upsert'],
      ['subjects', 'upsert'],
      ['rule_tables', 'upsert'],
    ]);
  });

  it('registers reports with their authorisation, JSON only, still append-only', () => {
    const db = freshDb();
    migrate(db, platformMigrations);
    db.exec(
      `INSERT INTO devices (id, name, token_hash, enrolled_at) VALUES ('d', 'n', '${'b'.repeat(64)}', 't')`,
    );
    const insert = (number: string, authorisation: string | null): void => {
      db.prepare(
        `INSERT INTO reports (number, content_hash, subject_id, subject_kind, subject_name, identifier,
           issuing_unit, issuing_unit_code, data_as_of, issued_at, issued_by, device_id, registered_at,
           authorisation)
         VALUES (?, ?, 's1', 'natural-person', '冯**', '410425********8054', '单位', '', 't', 't', '赵敏', 'd', 't', ?)`,
      ).run(number, 'a'.repeat(64), authorisation);
    };
    insert('XYBG410400202611270010001', JSON.stringify({ method: 'in-person' }));
    expect(() => insert('XYBG410400202611270010002', '{oops')).toThrow(/CHECK/);
    expect(() => db.exec('UPDATE reports SET authorisation = NULL')).toThrow(/append-only/);
  });
});
