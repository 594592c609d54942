import { describe, expect, it } from 'vitest';
import type { Db } from '../../../node-shared/db/connection';
import { migrate } from '../../../node-shared/db/migrate';
import { databasesAt } from '../../../node-shared/db/testing/fresh-db';
import { platformMigrations } from './index';

const platformAt = databasesAt('platform.sqlite3', platformMigrations);

const lastChange = (db: Db): { tbl: string; op: string; row: Record<string, unknown> } => {
  const change = db.prepare('SELECT tbl, op, row FROM changes ORDER BY seq DESC LIMIT 1').get() as {
    tbl: string;
    op: string;
    row: string;
  };
  return { ...change, row: JSON.parse(change.row) as Record<string, unknown> };
};

describe('platform migration 12 record-procedure', () => {
  it('keeps the records held before, and every later write reaches the feed with 处罚程序', () => {
    const db = platformAt(11);
    db.prepare(
      `INSERT INTO subjects (id, name, identifier, identifier_kind, kind, region_code, status, updated_at)
       VALUES ('s1', '冯志亚', '410425196906028054', 'citizen-id', 'natural-person', '410425', 'active', 'now')`,
    ).run();
    db.prepare(
      `INSERT INTO credit_records (id, subject_id, category, title, content, source_department, decision_on, status)
       VALUES ('r1', 's1', 'penalty', '行政处罚', '罚款人民币200元', '平顶山市城市管理局', '2026-05-01', 'published')`,
    ).run();
    expect(lastChange(db).row).not.toHaveProperty('procedure');

    expect(migrate(db, platformMigrations)).toMatchObject({ ok: true, value: { from: 11 } });
    db.prepare("UPDATE credit_records SET procedure = 'simple' WHERE id = 'r1'").run();
    expect(lastChange(db)).toMatchObject({
      tbl: 'credit_records',
      op: 'upsert',
      row: { id: 'r1', content: '罚款人民币200元', severity: null, procedure: 'simple' },
    });
    // The view keeps the key and the other columns as before.
    expect(db.prepare("SELECT key FROM feed_credit_records WHERE key = 'r1'").get()).toEqual({ key: 'r1' });
    expect(() => db.prepare("UPDATE credit_records SET procedure = 'quick' WHERE id = 'r1'").run()).toThrow(
      /CHECK/,
    );
  });
});
