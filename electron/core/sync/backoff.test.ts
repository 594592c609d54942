import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff';

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
