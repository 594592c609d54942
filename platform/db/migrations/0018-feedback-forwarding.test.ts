import { describe, expect, it } from 'vitest';
import { migrate } from '../../../node-shared/db/migrate';
import { databasesAt } from '../../../node-shared/db/testing/fresh-db';
import { platformMigrations } from './index';

const version = platformMigrations.findIndex((migration) => migration.name === 'feedback-forwarding') + 1;

const platformAt = databasesAt('platform.sqlite3', platformMigrations);

describe('platform migration feedback-forwarding', () => {
  it('queues the feedback received before it, oldest first, once each', () => {
    const db = platformAt(version - 1);
    db.prepare(
      "INSERT INTO devices (id, name, token_hash, enrolled_at, number) VALUES ('d1', '叶县窗口', ?, 'now', 1)",
    ).run('a'.repeat(64));
    const feedback = db.prepare(
      `INSERT INTO platform_feedback (device_id, feedback_id, check_id, mutation_id, created_at, received_at, payload)
       VALUES ('d1', ?, ?, ?, 'then', ?, '{}')`,
    );
    feedback.run('f-2', 'c-1', 2, '2026-12-02T10:00:00.000+08:00');
    feedback.run('f-1', 'c-1', 1, '2026-12-01T10:00:00.000+08:00');

    expect(migrate(db, platformMigrations)).toMatchObject({ ok: true, value: { from: version - 1 } });
    expect(
      db
        .prepare(
          'SELECT feedback_id, check_id, delivery_key, state, attempts, revision FROM feedback_deliveries ORDER BY revision',
        )
        .all(),
    ).toEqual([
      {
        feedback_id: 'f-1',
        check_id: 'c-1',
        delivery_key: 'd1:f-1',
        state: 'pending',
        attempts: 0,
        revision: 1,
      },
      {
        feedback_id: 'f-2',
        check_id: 'c-1',
        delivery_key: 'd1:f-2',
        state: 'pending',
        attempts: 0,
        revision: 2,
      },
    ]);
    expect(() =>
      db.prepare("UPDATE feedback_deliveries SET state = 'lost' WHERE feedback_id = 'f-1'").run(),
    ).toThrow();
  });
});
