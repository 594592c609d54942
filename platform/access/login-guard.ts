import type { Db } from '../../node-shared/db/connection';
import type { PlatformUser } from '../../shared/platform-api/api';
import { toBeijingIso } from '../../shared/time';
import { login } from './accounts';
import { failureCounter } from './failure-counter';
import { hashGate } from './hash-gate';
import { LOGIN_POLICY, type LoginPolicy } from './login-policy';
import { activeLockout, insertLockout, type LockScope } from './lockouts.repo';

export type LoginAttempt = {
  username: string;
  password: string;
  /** The peer address the request came from. */
  address: string;
  /** Whose share of the password checks this attempt uses: the device, or the address for HTTP Basic. */
  caller: string;
};

export type LoginOutcome =
  | { ok: true; user: PlatformUser }
  | { ok: false; refusal: 'failed' }
  | { ok: false; refusal: 'locked' | 'caller-busy' | 'busy'; retryAfterSeconds: number };

export type LoginGuard = { attempt: (attempt: LoginAttempt) => Promise<LoginOutcome> };

export type LoginGuardOptions = {
  db: Db;
  now: () => Date;
  policy?: LoginPolicy;
  /** Password hashes that never sign in here (the published demo accounts' outside demo mode). */
  refusedHashes?: ReadonlySet<string>;
};

const BUSY_RETRY_SECONDS = 1;
const SUBJECT_MAX = 200;

/**
 * Every password check of the platform goes through here: a username or an address with too many recent
 * failures is locked for a while (the right password is refused too, and no hash is spent on it), each lock is
 * stored for the operators, and the scrypt work itself passes a small fair gate (hash-gate.ts), so neither
 * guessing nor a flood of bad credentials can queue real logins without bound.
 */
export function loginGuard(options: LoginGuardOptions): LoginGuard {
  const { db, now } = options;
  const policy = options.policy ?? LOGIN_POLICY;
  const refused = options.refusedHashes ?? new Set<string>();
  const gate = hashGate({
    concurrent: policy.concurrentHashes,
    queued: policy.queuedHashes,
    perCaller: policy.hashesPerCaller,
  });
  const counters = {
    user: failureCounter(policy.windowMs, policy.trackedKeys),
    address: failureCounter(policy.windowMs, policy.trackedKeys),
  };
  const thresholds: Record<LockScope, number> = {
    user: policy.userFailures,
    address: policy.addressFailures,
  };

  const lockedFor = (attempt: LoginAttempt, at: Date): LoginOutcome | null => {
    const atIso = toBeijingIso(at);
    const lock =
      activeLockout(db, 'user', attempt.username.slice(0, SUBJECT_MAX), atIso) ??
      activeLockout(db, 'address', attempt.address, atIso);
    if (lock === null) return null;
    const seconds = Math.max(1, Math.ceil((Date.parse(lock.lockedUntil) - at.getTime()) / 1000));
    return { ok: false, refusal: 'locked', retryAfterSeconds: seconds };
  };

  /** Counts a failure against the username and the address; locks whichever reached its threshold. */
  const fail = (attempt: LoginAttempt, at: Date): boolean => {
    const subjects: Record<LockScope, string> = {
      user: attempt.username.slice(0, SUBJECT_MAX),
      address: attempt.address,
    };
    let locked = false;
    for (const scope of ['user', 'address'] as const) {
      const failures = counters[scope].add(subjects[scope], at.getTime());
      if (failures < thresholds[scope]) continue;
      counters[scope].clear(subjects[scope]);
      insertLockout(db, {
        scope,
        subject: subjects[scope],
        failures,
        lockedAt: toBeijingIso(at),
        lockedUntil: toBeijingIso(new Date(at.getTime() + policy.lockMs)),
      });
      locked = true;
    }
    return locked;
  };

  return {
    attempt: async (attempt) => {
      const early = lockedFor(attempt, now());
      if (early !== null) return early;
      const checked = await gate.run(attempt.caller, async (): Promise<LoginOutcome> => {
        // Again once a slot is ours: a lock may have been set while this attempt waited.
        const locked = lockedFor(attempt, now());
        if (locked !== null) return locked;
        const user = await login(db, attempt.username, attempt.password, refused);
        const at = now();
        if (user !== null) {
          counters.user.clear(attempt.username.slice(0, SUBJECT_MAX));
          return { ok: true, user };
        }
        return fail(attempt, at)
          ? (lockedFor(attempt, at) ?? { ok: false, refusal: 'failed' })
          : { ok: false, refusal: 'failed' };
      });
      if (!checked.ok) return { ok: false, refusal: checked.reason, retryAfterSeconds: BUSY_RETRY_SECONDS };
      return checked.value;
    },
  };
}
