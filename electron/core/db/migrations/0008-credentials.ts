import type { Migration } from '../../../../node-shared/db/migrate';

/**
 * The offline sign-in cache (auth/credential-cache.ts): per user, the platform's record and a slow salted scrypt
 * hash of the password the platform last accepted — never the password. `demo` marks the demo accounts seeded
 * with the local demo data (resources/demo/demo-users.json), which an online sign-in replaces.
 */
export const credentials: Migration = {
  version: 8,
  name: 'credentials',
  up: (db) => {
    db.exec(`
      CREATE TABLE credentials (
        username TEXT PRIMARY KEY,
        password_hash TEXT NOT NULL CHECK (password_hash LIKE 'scrypt$%'),
        user TEXT NOT NULL CHECK (json_valid(user)),
        cached_at TEXT NOT NULL,
        failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
        demo INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1))
      ) STRICT;
    `);
  },
};
