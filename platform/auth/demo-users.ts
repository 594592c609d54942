import type { Db } from '../../electron/core/db/connection';
import { loadDemoUsers } from '../../electron/core/auth/demo-users';
import { insertUserIfMissing } from '../repo/users.repo';

/**
 * The demo accounts (resources/demo/demo-users.json, hashed once at generation time), for a platform that serves
 * the demo data set: added when missing, never overwriting an account of that name someone set up on purpose.
 * Demo only — the password is published; a real city starts with --no-demo and adds users with --add-user.
 */
export function seedDemoUsers(db: Db, resourcesDir: string): number {
  return db.transaction(() =>
    loadDemoUsers(resourcesDir).reduce((added, user) => added + (insertUserIfMissing(db, user) ? 1 : 0), 0),
  )();
}
