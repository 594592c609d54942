// The inactivity lock: a signed-in session locks after some minutes without activity, and every channel except
// the public ones is then refused until the user types the password again (roles.ts treats a locked session as
// signed out). The functions take instants as milliseconds from one clock of the caller's choice; the core should
// pass a monotonic clock (performance.now()), so a wall-clock jump on a county PC — an NTP correction, a clerk
// fixing the date — neither locks at once nor postpones the lock.

/**
 * 15 minutes: local practice to confirm with the service hall. The graded-protection baseline (等保 2.0) asks for
 * a session timeout without naming a figure; 10–15 minutes is the common choice for counter PCs in public halls.
 */
export const DEFAULT_LOCK_AFTER_MINUTES = 15;
/** Bounds for a configured value: at least a minute, at most a working half-day. */
export const MIN_LOCK_AFTER_MINUTES = 1;
export const MAX_LOCK_AFTER_MINUTES = 240;

const MINUTE_MS = 60_000;

function lockAfterMs(minutes: number): number {
  if (!Number.isInteger(minutes) || minutes < MIN_LOCK_AFTER_MINUTES || minutes > MAX_LOCK_AFTER_MINUTES) {
    throw new RangeError(
      `lock-after minutes must be an integer in ${MIN_LOCK_AFTER_MINUTES}..${MAX_LOCK_AFTER_MINUTES}, got ${minutes}`,
    );
  }
  return minutes * MINUTE_MS;
}

/** When the session locks if nothing happens after `lastActivity`. */
export function nextLockAt(lastActivity: number, minutes: number): number {
  return lastActivity + lockAfterMs(minutes);
}

/**
 * Locked once `minutes` have passed since the last activity (at exactly that instant included). Time running
 * backwards (now before the last activity) locks too: it cannot happen on a monotonic clock, and where it does the
 * safe answer is to ask for the password again rather than to keep the session open.
 */
export function isLocked(now: number, lastActivity: number, minutes: number): boolean {
  const lockAt = nextLockAt(lastActivity, minutes);
  return now < lastActivity || now >= lockAt;
}

/** Milliseconds left before the lock (0 when locked), for a warning shortly before it. */
export function msUntilLock(now: number, lastActivity: number, minutes: number): number {
  return isLocked(now, lastActivity, minutes) ? 0 : nextLockAt(lastActivity, minutes) - now;
}
