import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LOCK_AFTER_MINUTES,
  MAX_LOCK_AFTER_MINUTES,
  MIN_LOCK_AFTER_MINUTES,
  isLocked,
  msUntilLock,
  nextLockAt,
} from './inactivity';

const MINUTE = 60_000;
const start = 1_000_000;

describe('inactivity lock', () => {
  it('locks the configured minutes after the last activity', () => {
    expect(nextLockAt(start, 15)).toBe(start + 15 * MINUTE);
    expect(nextLockAt(0, 1)).toBe(MINUTE);
  });

  it('is open up to the last millisecond and locked from the lock instant on', () => {
    expect(isLocked(start, start, 15)).toBe(false);
    expect(isLocked(start + 15 * MINUTE - 1, start, 15)).toBe(false);
    expect(isLocked(start + 15 * MINUTE, start, 15)).toBe(true);
    expect(isLocked(start + 8 * 60 * MINUTE, start, 15)).toBe(true);
  });

  it('starts over with every activity', () => {
    const later = start + 14 * MINUTE;
    expect(isLocked(start + 20 * MINUTE, later, 15)).toBe(false);
    expect(isLocked(start + 29 * MINUTE, later, 15)).toBe(true);
  });

  it('locks when time runs backwards rather than keeping the session open', () => {
    expect(isLocked(start - 1, start, 15)).toBe(true);
    expect(msUntilLock(start - 1, start, 15)).toBe(0);
  });

  it('tells how long is left, 0 once locked', () => {
    expect(msUntilLock(start, start, 15)).toBe(15 * MINUTE);
    expect(msUntilLock(start + 14 * MINUTE, start, 15)).toBe(MINUTE);
    expect(msUntilLock(start + 15 * MINUTE, start, 15)).toBe(0);
  });

  it('has a default within its own bounds', () => {
    expect(DEFAULT_LOCK_AFTER_MINUTES).toBeGreaterThanOrEqual(MIN_LOCK_AFTER_MINUTES);
    expect(DEFAULT_LOCK_AFTER_MINUTES).toBeLessThanOrEqual(MAX_LOCK_AFTER_MINUTES);
    expect(isLocked(start + DEFAULT_LOCK_AFTER_MINUTES * MINUTE, start, DEFAULT_LOCK_AFTER_MINUTES)).toBe(
      true,
    );
  });

  it.each([0, -5, 1.5, Number.NaN, Number.POSITIVE_INFINITY, MAX_LOCK_AFTER_MINUTES + 1])(
    'refuses %s minutes as a setting (a programming error, not a never-locking session)',
    (minutes) => {
      expect(() => nextLockAt(start, minutes)).toThrow(RangeError);
      expect(() => isLocked(start, start, minutes)).toThrow(RangeError);
      expect(() => isLocked(start - 1, start, minutes)).toThrow(RangeError);
      expect(() => msUntilLock(start, start, minutes)).toThrow(RangeError);
    },
  );
});
