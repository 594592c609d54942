import { describe, expect, it } from 'vitest';
import type { Db } from '../../../../node-shared/db/connection';
import { migrate } from '../../../../node-shared/db/migrate';
import { freshDatabases } from '../../../../node-shared/db/testing/fresh-db';
import { migrations } from './index';
import { subjectOrgPartIndex } from './0013-subject-org-part-index';

const freshDb = freshDatabases('cache.sqlite3');

const plan = (db: Db, sql: string, ...params: unknown[]): string =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
    .map((row) => row.detail)
    .join(' | ');

describe('13 subject-org-part-index', () => {
  it('indexes subjects cached before the upgrade and answers the organisation-code lookup from the index', () => {
    const db = freshDb();
    const version = migrations.indexOf(subjectOrgPartIndex);
    expect(subjectOrgPartIndex.version).toBe(version + 1);
    migrate(db, migrations.slice(0, version));
    db.prepare(
      `INSERT INTO subjects (id, name, identifier, identifier_kind, kind, region_code, status, updated_at)
       VALUES ('s1', '平顶山市嵘沐商贸有限公司', '91410402613341561G', 'uscc', 'legal-person', '410402', 'active',
               '2026-11-01T00:00:00.000Z')`,
    ).run();
    migrate(db, migrations);
    const sql = 'SELECT id FROM subjects WHERE substr(identifier, 9, 9) = ?';
    expect(plan(db, sql, '613341561')).toContain('subjects_by_org_part');
    expect(db.prepare(sql).pluck().all('613341561')).toEqual(['s1']);
    expect(db.prepare(sql).pluck().all('613341562')).toEqual([]);
  });

  it('leaves the one-edit candidates to the identifier’s unique index', () => {
    const db = freshDb();
    migrate(db, migrations);
    const detail = plan(
      db,
      'SELECT * FROM subjects WHERE identifier IN (SELECT value FROM json_each(?))',
      JSON.stringify(['91410402613341561G']),
    );
    expect(detail).toMatch(/SEARCH subjects USING INDEX sqlite_autoindex_subjects_\d \(identifier=\?\)/);
  });
});
