import type { Db } from '../../node-shared/db/connection';
import type { PlatformUser } from '../../shared/platform-api/api';

/**
 * unitCode: the 受理单位 (code) the user works for, compared with the device's unit before a workflow write (null:
 * none, the user may sign in but write no commitment or repair). active: an account the operator deactivated can
 * neither sign in nor have its earlier user tokens accepted.
 */
export type UserRecord = PlatformUser & { passwordHash: string; unitCode: string | null; active: boolean };
export type NewUserRecord = Omit<UserRecord, 'active' | 'unitCode'> & { unitCode?: string | null };

/** Creates the user, or replaces an existing one's details and password (the CLI's way to reset one). */
export function upsertUser(db: Db, user: NewUserRecord): 'created' | 'updated' {
  return db.transaction(() => {
    const existed = db.prepare('SELECT 1 FROM users WHERE username = ?').get(user.username) !== undefined;
    db.prepare(
      `INSERT INTO users (username, display_name, role, department, district_code, password_hash, unit_code)
       VALUES (@username, @displayName, @role, @department, @districtCode, @passwordHash, @unitCode)
       ON CONFLICT (username) DO UPDATE SET display_name = excluded.display_name, role = excluded.role,
         department = excluded.department, district_code = excluded.district_code,
         password_hash = excluded.password_hash, unit_code = excluded.unit_code`,
    ).run({ ...user, unitCode: user.unitCode ?? null });
    return existed ? 'updated' : 'created';
  })();
}

/** Adds the user unless one of that name exists (an account set up on purpose is never overwritten). */
export function insertUserIfMissing(db: Db, user: NewUserRecord): boolean {
  return (
    db
      .prepare(
        `INSERT INTO users (username, display_name, role, department, district_code, password_hash, unit_code)
         VALUES (@username, @displayName, @role, @department, @districtCode, @passwordHash, @unitCode)
         ON CONFLICT (username) DO NOTHING`,
      )
      .run({ ...user, unitCode: user.unitCode ?? null }).changes === 1
  );
}

/** Replaces a password hash, unless it changed meanwhile (a reset from the command line wins over an upgrade). */
export function setPasswordHash(db: Db, username: string, previous: string, next: string): void {
  db.prepare('UPDATE users SET password_hash = ? WHERE username = ? AND password_hash = ?').run(
    next,
    username,
    previous,
  );
}

export function findUser(db: Db, username: string): UserRecord | null {
  const row = db
    .prepare(
      `SELECT username, display_name AS "displayName", role, department, district_code AS "districtCode",
         password_hash AS "passwordHash", unit_code AS "unitCode", active
       FROM users WHERE username = ?`,
    )
    .get(username) as (Omit<UserRecord, 'active'> & { active: number }) | undefined;
  return row === undefined ? null : { ...row, active: row.active === 1 };
}

/** Deactivates or reactivates a user; false when there is no such user. */
export function setUserActive(db: Db, username: string, active: boolean): boolean {
  return (
    db.prepare('UPDATE users SET active = ? WHERE username = ?').run(active ? 1 : 0, username).changes === 1
  );
}
