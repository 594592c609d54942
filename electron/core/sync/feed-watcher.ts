import { retryDelay, type Backoff } from './backoff';
import { FEED_WAIT_UNSUPPORTED, PlatformRequestError, type PlatformClient } from './platform-client';

export type FeedWatchOptions = {
  /** How long one changes/wait may be held by the platform (1–55 s). */
  waitSeconds: number;
  /** After a failed wait or pull. */
  backoff: Backoff;
  /** The first wait after startup or a reconnect starts anywhere within this, so a city's PCs do not start in step. */
  startJitterMs: number;
  /** A change wakes every PC at once: each pulls anywhere within this, so their pulls reach the platform spread. */
  pullJitterMs: number;
  random: () => number;
};

export const FEED_WATCH_DEFAULTS: FeedWatchOptions = {
  waitSeconds: 25,
  backoff: { baseMs: 1_000, capMs: 60_000 },
  startJitterMs: 5_000,
  pullJitterMs: 1_500,
  random: Math.random,
};

export type FeedWatcherDeps = {
  /** Enrolled, not revoked, and the platform within reach (connectivity says online). */
  canWatch: () => boolean;
  client: () => PlatformClient | null;
  /** The newest seq applied to the cache. */
  cursor: () => number;
  /** The sync everybody uses (one at a time: a second request joins the running one); true when it succeeded. */
  pull: () => Promise<boolean>;
  /** Whether the watcher now holds a wait at the platform (实时同步) or not (定时同步 only). */
  onLive: (live: boolean) => void;
  options?: Partial<FeedWatchOptions>;
};

export type FeedWatcher = {
  /** Starts watching (after a random delay) unless it already is or cannot; call on startup and reconnect. */
  kick: () => void;
  stop: () => void;
  live: () => boolean;
};

/**
 * The online client's long-poll on changes/wait: it waits with the cache's cursor and pulls as soon as the feed
 * has moved past it. Failures back off exponentially with full jitter, never sooner than a Retry-After; going
 * offline ends the loop until the next reconnect; a platform without the route (404) ends it for good, and the periodic sync carries on alone.
 */
export function createFeedWatcher(deps: FeedWatcherDeps): FeedWatcher {
  const options = { ...FEED_WATCH_DEFAULTS, ...deps.options };
  let running = false;
  let stopped = false;
  let unsupported = false;
  let live = false;
  const aborter = new AbortController();
  const sleeping = new Set<() => void>();

  const setLive = (next: boolean): void => {
    if (next === live) return;
    live = next;
    deps.onLive(next);
  };

  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        sleeping.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      timer.unref();
      sleeping.add(done);
    });
  const jitter = (ms: number): number => Math.floor(options.random() * ms);

  /** One wait and, if the feed moved, one pull; false when the loop should back off. */
  const step = async (client: PlatformClient, seconds: number): Promise<boolean> => {
    const latest = await client.waitForChanges(deps.cursor(), seconds, aborter.signal);
    setLive(true);
    const before = deps.cursor();
    if (latest <= before) return true;
    await sleep(jitter(options.pullJitterMs));
    if (stopped) return true;
    // A pull that did not move the cursor would have the next wait answer at once: back off instead of looping.
    return (await deps.pull()) && deps.cursor() > before;
  };

  const loop = async (): Promise<void> => {
    await sleep(jitter(options.startJitterMs));
    let failures = 0;
    // The first wait is short: it shows within a second whether the platform holds waits (实时同步) at all.
    let seconds = 1;
    while (!stopped && !unsupported && deps.canWatch()) {
      const client = deps.client();
      if (client === null) break;
      let succeeded: boolean;
      let retryAfterMs: number | undefined;
      try {
        succeeded = await step(client, seconds);
        seconds = options.waitSeconds;
      } catch (error) {
        if (stopped) break;
        setLive(false);
        if (error instanceof PlatformRequestError && error.code === FEED_WAIT_UNSUPPORTED) {
          unsupported = true;
          break;
        }
        // Refused for good (revoked, an unknown token): the periodic sync says why; a reconnect starts over.
        if (error instanceof PlatformRequestError && !error.retryable) break;
        // A 429 or 503 with Retry-After (its waits or the platform's all taken): not before the platform asks.
        if (error instanceof PlatformRequestError) retryAfterMs = error.retryAfterMs;
        succeeded = false;
      }
      failures = succeeded ? 0 : failures + 1;
      if (failures > 0) await sleep(retryDelay(failures, options.backoff, retryAfterMs, options.random));
    }
    setLive(false);
  };

  return {
    kick: () => {
      if (running || stopped || unsupported || !deps.canWatch()) return;
      running = true;
      void loop().finally(() => {
        running = false;
      });
    },
    stop: () => {
      stopped = true;
      aborter.abort();
      [...sleeping].forEach((wake) => wake());
    },
    live: () => live,
  };
}
