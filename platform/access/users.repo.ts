import type { Db } from '../../node-shared/db/connection';
import type { PlatformUser } from '../../shared/platform-api/api';

export type UserRecord = PlatformUser & { passwordHash: string };

/** Creates the user, or replaces an existing one's details and password (the CLI's way to reset one). */
export function upsertUser(db: Db, user: UserRecord): 'created' | 'updated' {
  return db.transaction(() => {
    const existed = db.prepare('SELECT 1 FROM users WHERE username = ?').get(user.username) !== undefined;
    db.prepare(
      `INSERT INTO users (username, display_name, role, department, district_code, password_hash)
       VALUES (@username, @displayName, @role, @department, @districtCode, @passwordHash)
       ON CONFLICT (username) DO UPDATE SET display_name = excluded.display_name, role = excluded.role,
         department = excluded.department, district_code = excluded.district_code,
         password_hash = excluded.password_hash`,
    ).run(user);
    return existed ? 'updated' : 'created';
  })();
}

/** Adds the user unless one of that name exists (an account set up on purpose is never overwritten). */
export function insertUserIfMissing(db: Db, user: UserRecord): boolean {
  return (
    db
      .prepare(
        `INSERT INTO users (username, display_name, role, department, district_code, password_hash)
         VALUES (@username, @displayName, @role, @department, @districtCode, @passwordHash)
         ON CONFLICT (username) DO NOTHING`,
      )
      .run(user).changes === 1
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
      `SELECT username, display_name AS displayName, role, department, district_code AS districtCode,
         password_hash AS passwordHash
       FROM users WHERE username = ?`,
    )
    .get(username) as UserRecord | undefined;
  return row ?? null;
}
