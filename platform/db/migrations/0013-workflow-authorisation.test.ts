import { describe, expect, it } from 'vitest';
import { migrate } from '../../../node-shared/db/migrate';
import { databasesAt } from '../../../node-shared/db/testing/fresh-db';
import { platformMigrations } from './index';

const platformAt = databasesAt('platform.sqlite3', platformMigrations);

describe('platform migration 13 workflow-authorisation', () => {
  it('keeps devices and users held before (no unit, users active) and binds user tokens to both', () => {
    const db = platformAt(12);
    db.prepare(
      "INSERT INTO devices (id, name, token_hash, enrolled_at, number) VALUES ('d1', '叶县窗口', ?, 'now', 1)",
    ).run('a'.repeat(64));
    db.prepare(
      `INSERT INTO users (username, display_name, role, department, district_code, password_hash)
       VALUES ('wang', '王五', 'clerk', '叶县政务服务中心', '410422', 'scrypt$x')`,
    ).run();
    expect(migrate(db, platformMigrations)).toEqual({
      ok: true,
      value: { from: 12, to: platformMigrations.length },
    });
    expect(
      db.prepare("SELECT unit_code, unit_name, district_code FROM devices WHERE id = 'd1'").get(),
    ).toEqual({
      unit_code: null,
      unit_name: null,
      district_code: null,
    });
    expect(db.prepare("SELECT unit_code, active FROM users WHERE username = 'wang'").get()).toEqual({
      unit_code: null,
      active: 1,
    });
    const token = db.prepare(
      "INSERT INTO user_tokens (token_hash, username, device_id, issued_at, expires_at) VALUES (?, ?, ?, 'now', 'later')",
    );
    token.run('b'.repeat(64), 'wang', 'd1');
    expect(() => token.run('c'.repeat(64), 'nobody', 'd1')).toThrow(/FOREIGN KEY/);
    expect(() => token.run('d'.repeat(64), 'wang', 'no-device')).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("UPDATE users SET active = 2 WHERE username = 'wang'").run()).toThrow(/CHECK/);
  });
});
