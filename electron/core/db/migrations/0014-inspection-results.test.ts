import { describe, expect, it } from 'vitest';
import type { Db } from '../../../../node-shared/db/connection';
import { migrate, schemaVersion } from '../../../../node-shared/db/migrate';
import { freshDatabases } from '../../../../node-shared/db/testing/fresh-db';
import { migrations } from './index';

const freshDb = freshDatabases('cache.sqlite3');

function dbAt(version: number): Db {
  const db = freshDb();
  migrate(db, migrations.slice(0, version));
  return db;
}

const insertDraw = (db: Db, id: string): void => {
  db.prepare(
    `INSERT INTO inspection_draws (id, number, drawn_at, actor, region_code, matter_code, seed, pool_hash,
       ratios_version, record)
     VALUES (?, ?, '2026-11-27T09:30:00.000+08:00', '赵敏（zhaomin）', '410402', 'PDS-XK-002', 's', ?, '1', '{}')`,
  ).run(id, `SJ-${id}`, 'a'.repeat(64));
};

const insertResult = (db: Db, row: { id: string; draw: string; revision: number; corrects: string | null }) =>
  db
    .prepare(
      `INSERT INTO inspection_results (id, draw_id, subject_id, revision, corrects_id, inspected_on, outcome_code,
         recorded_at, recorded_by, record)
       VALUES (@id, @draw, 's1', @revision, @corrects, '2026-12-01', 'no-problem', '2026-12-01T10:00:00.000+08:00',
         '赵敏（zhaomin）', '{}')`,
    )
    .run(row);

describe('14 inspection-results', () => {
  it('upgrades a cache at version 13 and keeps its draws', () => {
    const db = dbAt(13);
    insertDraw(db, 'd1');
    expect(migrate(db, migrations)).toMatchObject({ ok: true, value: { from: 13 } });
    expect(schemaVersion(db)).toBe(migrations.length);
    expect(db.prepare('SELECT id FROM inspection_draws').pluck().all()).toEqual(['d1']);
    insertResult(db, { id: 'r1', draw: 'd1', revision: 1, corrects: null });
    expect(db.prepare('SELECT count(*) FROM inspection_results').pluck().get()).toBe(1);
  });

  it('keeps results append-only, each of a stored draw, one entry per revision, corrections naming what they correct', () => {
    const db = dbAt(14);
    insertDraw(db, 'd1');
    insertResult(db, { id: 'r1', draw: 'd1', revision: 1, corrects: null });
    expect(() => insertResult(db, { id: 'rx', draw: 'no-draw', revision: 1, corrects: null })).toThrow(
      /FOREIGN KEY/,
    );
    expect(() => insertResult(db, { id: 'r1b', draw: 'd1', revision: 1, corrects: null })).toThrow(/UNIQUE/);
    expect(() => insertResult(db, { id: 'r2', draw: 'd1', revision: 2, corrects: null })).toThrow(/CHECK/);
    expect(() => insertResult(db, { id: 'r0', draw: 'd1', revision: 0, corrects: null })).toThrow(/CHECK/);
    expect(() => insertResult(db, { id: 'r2', draw: 'd1', revision: 2, corrects: 'nothing' })).toThrow(
      /FOREIGN KEY/,
    );
    insertResult(db, { id: 'r2', draw: 'd1', revision: 2, corrects: 'r1' });
    expect(() => db.prepare("UPDATE inspection_results SET outcome_code = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM inspection_results').run()).toThrow(/append-only/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO inspection_results (id, draw_id, subject_id, revision, inspected_on, outcome_code, recorded_at,
             recorded_by, record) VALUES ('r3', 'd1', 's2', 1, '2026-12-01', 'x', 'now', 'me', 'not json')`,
        )
        .run(),
    ).toThrow(/CHECK/);
  });
});
