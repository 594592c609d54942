/** Exponential backoff: the first retry waits up to baseMs, each next one up to twice as long, never above capMs. */
export type Backoff = { baseMs: number; capMs: number };

/** A Retry-After the platform asks for is honoured up to this; beyond it the header is taken as a mistake. */
export const RETRY_AFTER_CAP_MS = 10 * 60_000;

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

/**
 * The wait before a retry when the platform said how long to stay away (Retry-After on a 429 or 503): at least
 * that, plus the usual jittered backoff, so the PCs it turned away together do not all return in the same second.
 */
export function retryDelay(
  attempt: number,
  backoff: Backoff,
  retryAfterMs: number | undefined,
  random: () => number = Math.random,
): number {
  return (retryAfterMs ?? 0) + backoffDelay(attempt, backoff, random);
}

/**
 * Retry-After as milliseconds (RFC 9110 §10.2.3: a number of seconds or an HTTP date), or undefined when the
 * header is absent, malformed or asks for more than RETRY_AFTER_CAP_MS; a date in the past is 0.
 */
export function parseRetryAfter(value: unknown, now: number = Date.now()): number | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  let ms: number;
  if (/^\d{1,7}$/.test(text)) ms = Number(text) * 1000;
  else if (/^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(text)) {
    const at = Date.parse(text);
    if (Number.isNaN(at)) return undefined;
    ms = Math.max(0, at - now);
  } else return undefined;
  return ms <= RETRY_AFTER_CAP_MS ? ms : undefined;
}
