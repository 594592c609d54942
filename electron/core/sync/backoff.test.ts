import { describe, expect, it } from 'vitest';
import { backoffDelay, parseRetryAfter, retryDelay, RETRY_AFTER_CAP_MS } from './backoff';

const BACKOFF = { baseMs: 1_000, capMs: 60_000 };

describe('backoffDelay', () => {
  it('doubles the ceiling with each attempt up to the cap', () => {
    const top = (attempt: number): number => backoffDelay(attempt, BACKOFF, () => 0.999_999);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 50, 5_000].map(top)).toEqual([
      999, 1_999, 3_999, 7_999, 15_999, 31_999, 59_999, 59_999, 59_999, 59_999,
    ]);
  });

  it('draws anywhere from zero to the ceiling (full jitter)', () => {
    expect(backoffDelay(3, BACKOFF, () => 0)).toBe(0);
    expect(backoffDelay(3, BACKOFF, () => 0.5)).toBe(2_000);
    expect(backoffDelay(0, BACKOFF, () => 0.5)).toBe(500);
  });

  it('spreads 500 clients failing together over the whole window', () => {
    // A fixed pseudo-random sequence (LCG), so the figures are the same on every run.
    let state = 42;
    const random = (): number => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      return state / 2 ** 31;
    };
    const delays = Array.from({ length: 500 }, () => backoffDelay(4, BACKOFF, random));
    const perSecond = new Array<number>(8).fill(0);
    delays.forEach((delay) => {
      const second = Math.floor(delay / 1_000);
      perSecond[second] = (perSecond[second] ?? 0) + 1;
    });
    expect(Math.max(...delays)).toBeLessThan(8_000);
    // No second of the window takes more than a quarter of them (an even spread is 62.5 each).
    expect(Math.max(...perSecond)).toBeLessThan(125);
    expect(Math.min(...perSecond)).toBeGreaterThan(25);
  });
});

describe('retryDelay and parseRetryAfter', () => {
  it('waits at least what the platform asked, plus the jittered backoff', () => {
    expect(retryDelay(1, BACKOFF, 5_000, () => 0)).toBe(5_000);
    expect(retryDelay(1, BACKOFF, 5_000, () => 0.5)).toBe(5_500);
    expect(retryDelay(2, BACKOFF, undefined, () => 0.5)).toBe(1_000);
  });

  it('reads seconds or an HTTP date, and refuses anything else', () => {
    const now = Date.parse('2026-12-07T08:00:00Z');
    expect(parseRetryAfter('30', now)).toBe(30_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Mon, 07 Dec 2026 08:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Mon, 07 Dec 2026 07:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(String(RETRY_AFTER_CAP_MS / 1000 + 1), now)).toBeUndefined();
    for (const value of [undefined, 30, '', '-1', '+5', '0x10', '1e3', '2.5', 'Mon, 07 Dec 2026', '１０']) {
      expect(parseRetryAfter(value, now)).toBeUndefined();
    }
  });
});
