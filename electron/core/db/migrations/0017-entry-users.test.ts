import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../node-shared/db/migrate';
import { databasesAt } from '../../../../node-shared/db/testing/fresh-db';
import { migrations } from './index';

const cacheAt = databasesAt('cache.sqlite3', migrations);

describe('client migration 17 entry-users', () => {
  it('keeps queued entries and cached credentials, naming the makers of pending workflow entries', () => {
    const db = cacheAt(16);
    db.prepare(
      "INSERT INTO outbox (kind, payload, created_at) VALUES ('commitment.created', '{}', '2026-12-01T09:00:00+08:00')",
    ).run();
    db.prepare(
      `INSERT INTO credentials (username, password_hash, user, cached_at)
       VALUES ('wangfang', 'scrypt$x', '{}', '2026-12-01T09:00:00+08:00')`,
    ).run();
    const queue = db.prepare(
      "INSERT INTO outbox (kind, payload, created_at, state) VALUES (?, ?, '2026-12-01T09:00:00+08:00', ?)",
    );
    queue.run('commitment.verified', JSON.stringify({ verifiedBy: '王芳（wangfang）' }), 'pending');
    queue.run('repair.stepped', JSON.stringify({ by: '赵敏（zhaomin）' }), 'pending');
    queue.run('repair.created', JSON.stringify({ operator: '李娜（lina）' }), 'delivered');
    queue.run('check.recorded', JSON.stringify({ operator: '李娜（lina）' }), 'pending');
    expect(migrate(db, migrations)).toEqual({ ok: true, value: { from: 16, to: migrations.length } });
    // Pending workflow entries name their maker from the payload's label; others (and unlabelled ones) none.
    expect(db.prepare('SELECT kind, username, state FROM outbox ORDER BY mutation_id').all()).toEqual([
      { kind: 'commitment.created', username: null, state: 'pending' },
      { kind: 'commitment.verified', username: 'wangfang', state: 'pending' },
      { kind: 'repair.stepped', username: 'zhaomin', state: 'pending' },
      { kind: 'repair.created', username: null, state: 'delivered' },
      { kind: 'check.recorded', username: null, state: 'pending' },
    ]);
    expect(db.prepare('SELECT user_token, user_token_expires_at FROM credentials').get()).toEqual({
      user_token: null,
      user_token_expires_at: null,
    });
  });
});
