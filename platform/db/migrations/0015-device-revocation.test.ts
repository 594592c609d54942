import { describe, expect, it } from 'vitest';
import { migrate } from '../../../node-shared/db/migrate';
import { databasesAt } from '../../../node-shared/db/testing/fresh-db';
import { platformMigrations } from './index';

const platformAt = databasesAt('platform.sqlite3', platformMigrations);

describe('platform migration 15 device-revocation', () => {
  it('keeps every device enrolled and unrevoked, with no rotation under way', () => {
    const db = platformAt(14);
    db.prepare(
      `INSERT INTO devices (id, name, token_hash, enrolled_at, number)
       VALUES ('d1', '叶县 1 号窗口', ?, '2026-11-01T09:00:00+08:00', 1)`,
    ).run('a'.repeat(64));
    expect(migrate(db, platformMigrations)).toMatchObject({ ok: true, value: { from: 14 } });
    expect(
      db.prepare('SELECT revoked_at, rotation_requested_at, next_token_hash, token_hash FROM devices').get(),
    ).toEqual({
      revoked_at: null,
      rotation_requested_at: null,
      next_token_hash: null,
      token_hash: 'a'.repeat(64),
    });
  });

  it('refuses the same new token for two devices', () => {
    const db = platformAt(15);
    const insert = db.prepare(
      `INSERT INTO devices (id, name, token_hash, enrolled_at, number, next_token_hash)
       VALUES (?, 'x', ?, 'now', ?, ?)`,
    );
    insert.run('d1', 'a'.repeat(64), 1, 'c'.repeat(64));
    expect(() => insert.run('d2', 'b'.repeat(64), 2, 'c'.repeat(64))).toThrow(/UNIQUE/);
  });
});
