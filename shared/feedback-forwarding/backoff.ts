/**
 * How the platform spaces its attempts to deliver one record: exponential from `baseMs`, each wait drawn at
 * random in [½, 1] of its step ("equal jitter", so records failing together do not retry together), never more
 * than `capMs`; after `maxAttempts` failed attempts the record stops (报送失败（已停止重试）). Engineering
 * settings, not policy: the platform's options set them (docs/platform.md).
 */
export type BackoffPolicy = { baseMs: number; capMs: number; maxAttempts: number };

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 5_000, capMs: 30 * 60_000, maxAttempts: 12 };

/** The wait after the `attempts`-th failed attempt (1 = the first); `random` in [0, 1). */
export function retryDelayMs(policy: BackoffPolicy, attempts: number, random: () => number): number {
  const step = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, Math.min(attempts - 1, 40)));
  return Math.round(step / 2 + (step / 2) * random());
}

/** Whether another attempt follows the `attempts`-th failure. */
export const retriesLeft = (policy: BackoffPolicy, attempts: number): boolean =>
  attempts < policy.maxAttempts;
