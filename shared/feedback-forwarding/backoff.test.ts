import { describe, expect, it } from 'vitest';
import { retriesLeft, retryDelayMs } from './backoff';
import { checkDelivery } from './delivery';

const policy = { baseMs: 1_000, capMs: 60_000, maxAttempts: 5 };

describe('retry backoff', () => {
  it('doubles from the base, the wait drawn between half and all of the step', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(policy, n, () => 0))).toEqual([500, 1_000, 2_000, 4_000]);
    expect([1, 2, 3, 4].map((n) => retryDelayMs(policy, n, () => 0.999_999))).toEqual([
      1_000, 2_000, 4_000, 8_000,
    ]);
  });

  it('never waits longer than the cap, however many attempts failed', () => {
    expect(retryDelayMs(policy, 7, () => 0.999_999)).toBe(60_000);
    expect(retryDelayMs(policy, 1_000, () => 0.999_999)).toBe(60_000);
  });

  it('spreads records failing together (jitter)', () => {
    const waits = new Set([0.1, 0.4, 0.7].map((r) => retryDelayMs(policy, 3, () => r)));
    expect(waits.size).toBe(3);
  });

  it('stops after the last allowed attempt', () => {
    expect(retriesLeft(policy, 4)).toBe(true);
    expect(retriesLeft(policy, 5)).toBe(false);
  });
});

describe('a check’s delivery from its records’', () => {
  const delivered = (at: string) => ({ state: 'delivered' as const, deliveredAt: at, lastError: null });
  it('is delivered when all are, at the last one’s time', () => {
    expect(
      checkDelivery([delivered('2026-11-27T10:00:00.000+08:00'), delivered('2026-11-27T11:00:00.000+08:00')]),
    ).toEqual({ state: 'delivered', deliveredAt: '2026-11-27T11:00:00.000+08:00', lastError: null });
  });
  it('is the worst of them otherwise, with its error', () => {
    expect(
      checkDelivery([
        delivered('2026-11-27T10:00:00.000+08:00'),
        { state: 'dead', deliveredAt: null, lastError: '拒收' },
        { state: 'retrying', deliveredAt: null, lastError: '超时' },
      ]),
    ).toEqual({ state: 'dead', deliveredAt: null, lastError: '拒收' });
    expect(checkDelivery([{ state: 'pending', deliveredAt: null, lastError: null }])?.state).toBe('pending');
  });
  it('is unknown without records', () => {
    expect(checkDelivery([])).toBeNull();
  });
});
