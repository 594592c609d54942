import type { Db } from '../../electron/core/db/connection';
import { loadDemoUsers } from '../../electron/core/auth/demo-users';

/**
 * The demo accounts (resources/demo/demo-users.json, hashed once at generation time), for a platform that serves
 * the demo data set: added when missing, never overwriting an account of that name someone set up on purpose.
 * Demo only — the password is published; a real city starts with --no-demo and adds users with --add-user.
 */
export function seedDemoUsers(db: Db, resourcesDir: string): number {
  const insert = db.prepare(
    `INSERT INTO users (username, display_name, role, department, district_code, password_hash)
     VALUES (@username, @displayName, @role, @department, @districtCode, @passwordHash)
     ON CONFLICT (username) DO NOTHING`,
  );
  return db.transaction(() =>
    loadDemoUsers(resourcesDir).reduce((added, user) => added + insert.run(user).changes, 0),
  )();
}
