import type { Db } from '../../../node-shared/db/connection';
import type { CachedCredential, CredentialStore } from './credential-cache';
import type { DemoUser } from '../../../node-shared/auth/demo-users';
import type { UserToken } from '../../../shared/platform-api/api';
import { operatorLabel } from '../../../shared/auth/operator-label';

type CredentialRow = {
  username: string;
  passwordHash: string;
  user: string;
  cachedAt: string;
  failedAttempts: number;
};

/** The credentials table (migration 8) as the offline cache's store. A row's user JSON is checked by the cache. */
export function credentialStore(db: Db): CredentialStore {
  return {
    get: (username) => {
      const row = db
        .prepare(
          `SELECT username, password_hash AS passwordHash, user, cached_at AS cachedAt,
             failed_attempts AS failedAttempts
           FROM credentials WHERE username = ?`,
        )
        .get(username) as CredentialRow | undefined;
      if (row === undefined) return null;
      let user: unknown;
      try {
        user = JSON.parse(row.user);
      } catch {
        user = null;
      }
      return { ...row, user } as CachedCredential;
    },
    // A put is always the cache's own (an online sign-in, a failure count): the row stops being a demo row.
    put: (row) =>
      void db
        .prepare(
          `INSERT INTO credentials (username, password_hash, user, cached_at, failed_attempts, demo)
           VALUES (@username, @passwordHash, @user, @cachedAt, @failedAttempts, 0)
           ON CONFLICT (username) DO UPDATE SET password_hash = excluded.password_hash, user = excluded.user,
             cached_at = excluded.cached_at, failed_attempts = excluded.failed_attempts,
             demo = CASE WHEN credentials.password_hash = excluded.password_hash THEN credentials.demo ELSE 0 END`,
        )
        .run({ ...row, user: JSON.stringify(row.user) }),
    remove: (username) => void db.prepare('DELETE FROM credentials WHERE username = ?').run(username),
  };
}

/**
 * The user token the platform issued at `username`'s online sign-in on this PC, kept on the user's credential row
 * (written after the row: rememberOnlineSignIn comes first) and gone with it when the platform refuses the user.
 */
export function saveUserToken(db: Db, username: string, token: UserToken): void {
  db.prepare('UPDATE credentials SET user_token = ?, user_token_expires_at = ? WHERE username = ?').run(
    token.token,
    token.expiresAt,
    username,
  );
}

/** The user token of `username` on this PC, or null (never signed in online since tokens exist). */
export function userTokenOf(db: Db, username: string): string | null {
  const row = db.prepare('SELECT user_token FROM credentials WHERE username = ?').get(username) as
    { user_token: string | null } | undefined;
  return row?.user_token ?? null;
}

/**
 * With the demo data loaded locally (no platform), the demo accounts go into the offline cache, marked demo, so
 * sign-in works out of the box. Called at every start of such a cache: a missing account is added, and a demo
 * row still untouched by an online sign-in has its period renewed (a demo must not expire after 30 days), its
 * failure count kept.
 */
export function seedDemoCredentials(db: Db, users: readonly DemoUser[], cachedAt: string): void {
  const upsert = db.prepare(
    `INSERT INTO credentials (username, password_hash, user, cached_at, failed_attempts, demo)
     VALUES (@username, @passwordHash, @user, @cachedAt, 0, 1)
     ON CONFLICT (username) DO UPDATE SET cached_at = excluded.cached_at WHERE credentials.demo = 1`,
  );
  db.transaction(() => {
    for (const { passwordHash, ...user } of users) {
      upsert.run({ username: user.username, passwordHash, user: JSON.stringify(user), cachedAt });
    }
  })();
}

/**
 * `赵敏（zhaomin）` for a bare account name a record carries (a platform reviewer's step written before the
 * platform wrote names): the display name from the user's row on this PC; the account alone when unknown. A
 * value that is already a label (or anything else) is returned as it is.
 */
export function accountLabel(db: Db, by: string): string {
  if (!/^[A-Za-z0-9._-]+$/.test(by)) return by;
  const user = db.prepare('SELECT user FROM credentials WHERE username = ?').pluck().get(by) as
    string | undefined;
  if (user === undefined) return by;
  let displayName: unknown;
  try {
    displayName = (JSON.parse(user) as { displayName?: unknown }).displayName;
  } catch {
    return by;
  }
  return typeof displayName === 'string' && displayName !== '' && displayName !== by
    ? operatorLabel({ displayName, username: by })
    : by;
}
