/** Exponential backoff: the first retry waits up to baseMs, each next one up to twice as long, never above capMs. */
export type Backoff = { baseMs: number; capMs: number };

/**
 * The wait before retry number `attempt` (1 for the first), with full jitter: anywhere from 0 to the exponential
 * ceiling, so that many county PCs failing together (a platform restart) come back spread out, not in step.
 * `random` is Math.random in production, a fixed sequence in tests.
 */
export function backoffDelay(attempt: number, backoff: Backoff, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(attempt, 1) - 1, 30);
  const ceiling = Math.min(backoff.capMs, backoff.baseMs * 2 ** exponent);
  return Math.floor(random() * ceiling);
}
