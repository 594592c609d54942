import { describe, expect, it } from 'vitest';
import type { Db } from '../../../node-shared/db/connection';
import { migrate, schemaVersion } from '../../../node-shared/db/migrate';
import { freshDatabases } from '../../../node-shared/db/testing/fresh-db';
import { platformMigrations } from './index';

const freshDb = freshDatabases('platform.sqlite3');

function dbAt(version: number): Db {
  const db = freshDb();
  migrate(db, platformMigrations.slice(0, version));
  db.exec(`INSERT INTO devices (id, name, token_hash, enrolled_at, number)
           VALUES ('dev-a', 'A', '${'a'.repeat(64)}', 'now', 1), ('dev-b', 'B', '${'b'.repeat(64)}', 'now', 2)`);
  return db;
}

const insertDraw = (db: Db, device: string, draw: string): void => {
  db.prepare(
    `INSERT INTO platform_inspection_draws (device_id, draw_id, mutation_id, number, drawn_at, region_code,
       matter_code, seed, pool_hash, reproduces, created_at, received_at, payload)
     VALUES (?, ?, 1, 'SJ-1', 'now', '410402', 'PDS-XK-002', 's', ?, 1, 'now', 'now', '{}')`,
  ).run(device, draw, 'a'.repeat(64));
};

const insertResult = (db: Db, device: string, id: string, revision = 1) =>
  db
    .prepare(
      `INSERT INTO platform_inspection_results (device_id, result_id, mutation_id, draw_id, subject_id, revision,
         inspected_on, outcome_code, problem_found, created_at, received_at, payload)
       VALUES (?, ?, 2, 'd1', 's1', ?, '2026-12-01', 'no-problem', 0, 'now', 'now', '{}')`,
    )
    .run(device, id, revision);

describe('10 inspection-results', () => {
  it('upgrades a platform at version 9 and keeps its draws', () => {
    const db = dbAt(9);
    insertDraw(db, 'dev-a', 'd1');
    expect(migrate(db, platformMigrations)).toMatchObject({ ok: true, value: { from: 9 } });
    expect(schemaVersion(db)).toBe(platformMigrations.length);
    insertResult(db, 'dev-a', 'r1');
    expect(db.prepare('SELECT count(*) FROM platform_inspection_results').pluck().get()).toBe(1);
  });

  it('files a result only under the draw of the same device, once per revision, append-only', () => {
    const db = dbAt(10);
    insertDraw(db, 'dev-a', 'd1');
    insertResult(db, 'dev-a', 'r1');
    expect(() => insertResult(db, 'dev-b', 'r9')).toThrow(/FOREIGN KEY/);
    expect(() => insertResult(db, 'dev-a', 'r1b')).toThrow(/UNIQUE/);
    insertResult(db, 'dev-a', 'r2', 2);
    expect(() => db.prepare('UPDATE platform_inspection_results SET revision = 3').run()).toThrow(
      /append-only/,
    );
    expect(() => db.prepare('DELETE FROM platform_inspection_results').run()).toThrow(/append-only/);
  });
});
