import { describe, expect, it } from 'vitest';
import { migrate } from '../../../node-shared/db/migrate';
import { databasesAt } from '../../../node-shared/db/testing/fresh-db';
import { platformMigrations } from './index';

const platformAt = databasesAt('platform.sqlite3', platformMigrations);

describe('platform migration 14 platform-hardening', () => {
  it('keeps the codes issued before (without an expiry) and adds the lockout and upload tables', () => {
    const db = platformAt(13);
    db.prepare(
      "INSERT INTO enrolment_codes (code_hash, issued_at) VALUES (?, '2026-11-27T10:00:00.000+08:00')",
    ).run('a'.repeat(64));

    expect(migrate(db, platformMigrations)).toMatchObject({ ok: true, value: { from: 13 } });
    expect(db.prepare('SELECT issued_at, expires_at, used_at FROM enrolment_codes').get()).toEqual({
      issued_at: '2026-11-27T10:00:00.000+08:00',
      expires_at: null,
      used_at: null,
    });

    const lock = db.prepare(
      `INSERT INTO login_lockouts (scope, subject, failures, locked_at, locked_until) VALUES (?, ?, ?, ?, ?)`,
    );
    lock.run('user', 'admin', 5, '2026-11-27T10:00:00.000+08:00', '2026-11-27T10:15:00.000+08:00');
    expect(() =>
      lock.run('device', 'x', 5, '2026-11-27T10:00:00.000+08:00', '2026-11-27T10:15:00.000+08:00'),
    ).toThrow(/CHECK/);
    expect(() =>
      lock.run('user', 'admin', 5, '2026-11-27T10:00:00.000+08:00', '2026-11-27T09:00:00.000+08:00'),
    ).toThrow(/CHECK/);
    expect(() =>
      db.prepare("UPDATE login_lockouts SET lifted_at = '2026-11-27T10:05:00.000+08:00'").run(),
    ).toThrow(/CHECK/);

    const upload = db.prepare(
      "INSERT INTO device_uploads (device_id, sha256, size, uploaded_at) VALUES ('d1', ?, 10, 'now')",
    );
    upload.run('b'.repeat(64));
    expect(() => upload.run('b'.repeat(64))).toThrow(/UNIQUE|PRIMARY/);
    expect(() => upload.run('short')).toThrow(/CHECK/);
  });
});
