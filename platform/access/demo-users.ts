import type { Db } from '../../node-shared/db/connection';
import { loadDemoUnit, loadDemoUsers } from '../../node-shared/auth/demo-users';
import { findUser, insertUserIfMissing } from './users.repo';

/**
 * The demo accounts (resources/demo/demo-users.json, hashed once at generation time), for a platform that serves
 * the demo data set: added when missing, never overwriting an account of that name someone set up on purpose.
 * Demo mode only (`--demo`) — the password is published; a real city starts without it and adds users with
 * --add-user.
 */
export function seedDemoUsers(db: Db, resourcesDir: string): number {
  const unitCode = loadDemoUnit(resourcesDir).code;
  return db
    .transaction(() =>
      loadDemoUsers(resourcesDir).reduce(
        (added, user) => added + (insertUserIfMissing(db, { ...user, unitCode }) ? 1 : 0),
        0,
      ),
    )
    .immediate();
}

/** Whether any demo account (with its published password) can sign in here: then the platform says so loudly. */
export function servesDemoAccounts(db: Db, resourcesDir: string): boolean {
  return loadDemoUsers(resourcesDir).some((user) => {
    const found = findUser(db, user.username);
    return found !== null && found.passwordHash === user.passwordHash;
  });
}

/** The demo accounts' published password hashes: outside demo mode, an account still holding one never signs in. */
export const demoPasswordHashes = (resourcesDir: string): ReadonlySet<string> =>
  new Set(loadDemoUsers(resourcesDir).map((user) => user.passwordHash));
