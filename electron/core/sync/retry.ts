import { retryDelay } from './backoff';
import { PlatformRequestError } from './platform-client';

export type RetryPolicy = { attempts: number; baseDelayMs: number; maxDelayMs: number };

export const DEFAULT_RETRY: RetryPolicy = { attempts: 8, baseDelayMs: 250, maxDelayMs: 10_000 };

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `task` until it succeeds, retrying retryable failures with exponential backoff and full jitter (many
 * county PCs reconnecting at once must not hammer the platform in step), and never sooner than the platform's
 * Retry-After. Non-retryable failures end at once.
 */
export async function withRetry<T>(task: () => Promise<T>, policy: RetryPolicy = DEFAULT_RETRY): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await task();
    } catch (error) {
      const retryable = error instanceof PlatformRequestError ? error.retryable : true;
      if (!retryable || attempt >= policy.attempts) throw error;
      const retryAfterMs = error instanceof PlatformRequestError ? error.retryAfterMs : undefined;
      await sleep(
        retryDelay(attempt, { baseMs: policy.baseDelayMs, capMs: policy.maxDelayMs }, retryAfterMs),
      );
    }
  }
}
