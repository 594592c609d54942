// The offline sign-in cache. After the platform accepts a sign-in, the client keeps, per user, a slow salted hash
// of the password (the platform's own scrypt format, its own salt) with the user's record, so the same person can
// sign in at a county office with no network for a while. Nothing here is ever stored in clear.
//
// Choices (to confirm with the service hall's security officer):
// - Unknown user and wrong password get different messages. The first tells a new clerk what to do (go online
//   once); what it reveals is only which usernames have signed in on this PC, which the people at the counter
//   know anyway. Because the messages differ anyway, no dummy hash is spent for an unknown user (it would hide
//   nothing). Everything else is decided only after the password is verified: an expired entry with a wrong
//   password says 用户名或密码错误, so the expiry tells nothing to someone guessing.
// - An entry is good for OFFLINE_SIGN_IN_VALID_DAYS after the last online sign-in (local practice to confirm).
//   A PC clock more than CLOCK_SKEW_TOLERANCE_MS behind the time of that sign-in counts as expired: setting the
//   clock back must not stretch the period; a little drift (DESIGN.md: never hard-fail on drift) is tolerated.
// - After MAX_OFFLINE_FAILURES wrong passwords in a row, offline sign-in for that user stops until the next online
//   sign-in (the platform then decides). This stops a walk-up guesser; it cannot stop someone who copies the
//   database, which is why the hash is slow.
// - When the platform definitely refuses a sign-in (wrong password, user removed), the caller forgets the entry,
//   so an old password stops working offline too. A network failure is not a refusal and forgets nothing.
import { PlatformUser } from '../../../shared/platform-api/api';
import { err, ok, type Result } from '../../../shared/result';
import { toBeijingIso } from '../../../shared/time';
import { hashPassword, needsRehash, verifyPassword } from '../../../node-shared/auth/passwords';

/** One user's row; the later table stores exactly these columns (user as JSON). */
export type CachedCredential = {
  /** The platform's spelling of the username (the key). */
  username: string;
  /** `scrypt$N$r$p$<salt>$<hash>`, as platform/auth stores it. */
  passwordHash: string;
  user: PlatformUser;
  /** The last online sign-in (Beijing ISO instant). */
  cachedAt: string;
  /** Wrong offline passwords in a row since the last success. */
  failedAttempts: number;
};

/** Storage for the cache: get/put/remove rows by username. A table will back it; tests use memory. */
export type CredentialStore = {
  get: (username: string) => CachedCredential | null;
  put: (row: CachedCredential) => void;
  remove: (username: string) => void;
};

export const OFFLINE_SIGN_IN_VALID_DAYS = 30;
export const MAX_OFFLINE_FAILURES = 5;
export const CLOCK_SKEW_TOLERANCE_MS = 24 * 3_600_000;
const DAY_MS = 24 * 3_600_000;

export const offlineSignInMessages = {
  unknownUser: '本机没有该用户的登录记录，请联网登录一次',
  wrongPassword: '用户名或密码错误',
  expired: `离线登录须在上次联网登录后${OFFLINE_SIGN_IN_VALID_DAYS}天内，请联网登录一次`,
  tooManyFailures: `离线登录连续${MAX_OFFLINE_FAILURES}次密码错误，已暂停，请联网登录`,
} as const;

export type OfflineRefusalReason = 'unknown-user' | 'wrong-password' | 'expired' | 'too-many-failures';

export type SignedInOffline = { user: PlatformUser; cachedAt: string };

export type CredentialCache = {
  /** After the platform accepted `password` for `user`: store (or refresh) the user's entry. */
  rememberOnlineSignIn: (password: string, user: PlatformUser) => Promise<void>;
  /** After the platform definitely refused the user: offline sign-in must not outlive that. */
  forget: (username: string) => void;
  /** Offline sign-in: the cached user, or SIGN_IN_FAILED with `details.reason` and a Chinese message. */
  verifyOffline: (username: string, password: string) => Promise<Result<SignedInOffline>>;
};

const refuse = (reason: OfflineRefusalReason, message: string): Result<SignedInOffline> =>
  err('SIGN_IN_FAILED', message, { reason });

export function createCredentialCache(
  store: CredentialStore,
  options: { now?: () => Date } = {},
): CredentialCache {
  const now = options.now ?? (() => new Date());

  const isExpired = (cachedAt: string): boolean => {
    const age = now().getTime() - Date.parse(cachedAt);
    // A damaged date gives NaN, which is in no range: expired.
    return !(age >= -CLOCK_SKEW_TOLERANCE_MS && age <= OFFLINE_SIGN_IN_VALID_DAYS * DAY_MS);
  };

  return {
    rememberOnlineSignIn: async (password, user) => {
      const record = PlatformUser.parse(user);
      store.put({
        username: record.username,
        passwordHash: await hashPassword(password),
        user: record,
        cachedAt: toBeijingIso(now()),
        failedAttempts: 0,
      });
    },

    forget: (username) => store.remove(username),

    verifyOffline: async (username, password) => {
      const row = store.get(username);
      const user = row === null ? null : PlatformUser.safeParse(row.user);
      if (row === null || user === null || !user.success) {
        return refuse('unknown-user', offlineSignInMessages.unknownUser);
      }
      // Checked before the password, so a guesser learns nothing more once the user is suspended.
      if (row.failedAttempts >= MAX_OFFLINE_FAILURES) {
        return refuse('too-many-failures', offlineSignInMessages.tooManyFailures);
      }
      if (!(await verifyPassword(password, row.passwordHash))) {
        store.put({ ...row, failedAttempts: row.failedAttempts + 1 });
        return refuse('wrong-password', offlineSignInMessages.wrongPassword);
      }
      // A hash made at an earlier, lower cost is replaced now that the password is known to be right.
      const passwordHash = needsRehash(row.passwordHash) ? await hashPassword(password) : row.passwordHash;
      if (row.failedAttempts > 0 || passwordHash !== row.passwordHash)
        store.put({ ...row, passwordHash, failedAttempts: 0 });
      if (isExpired(row.cachedAt)) return refuse('expired', offlineSignInMessages.expired);
      return ok({ user: user.data, cachedAt: row.cachedAt });
    },
  };
}
