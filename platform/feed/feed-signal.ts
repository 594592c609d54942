/**
 * Where the feed's newest seq comes from. `subscribe` (PostgreSQL LISTEN/NOTIFY) wakes the signal whenever any
 * process commits a change; without it (SQLite) the signal reads `latest()` on a timer, which sees the commits of
 * every process writing the same file.
 */
export type FeedSource = {
  latest(): number;
  subscribe?(wake: () => void): () => void;
};

export type FeedSignalOptions = {
  /** How often a source without subscribe is read while anybody waits. */
  pollMs: number;
  /** Waits open at once in this process, all devices together. */
  maxWaiters: number;
  /** Waits open at once per device. */
  perDevice: number;
};

export const FEED_SIGNAL_DEFAULTS: FeedSignalOptions = { pollMs: 250, maxWaiters: 2_000, perDevice: 2 };

/** A wait taken: `latest` settles with the newest seq once it is past `after`, at the timeout, or on cancel. */
export type FeedWait = { latest: Promise<number>; cancel: () => void };

export type FeedSignal = {
  /** A wait for the device, or why none: the device already holds perDevice, or the process maxWaiters. */
  wait(deviceId: string, after: number, timeoutMs: number): FeedWait | 'device-full' | 'platform-full';
  /** A write in this process: wake whoever waits for it now rather than at the next poll. */
  poke(): void;
  /** Waits open now (tests: none left behind by a client that hung up). */
  waiting(): number;
  /** Answers every wait with the current seq and stops the timer and the subscription. */
  close(): void;
};

type Waiter = { deviceId: string; after: number; finish: (latest: number) => void };

/** One signal per platform process: one timer (or one subscription) however many clients wait. */
export function createFeedSignal(source: FeedSource, options: Partial<FeedSignalOptions> = {}): FeedSignal {
  const { pollMs, maxWaiters, perDevice } = { ...FEED_SIGNAL_DEFAULTS, ...options };
  const waiters = new Set<Waiter>();
  const perDeviceCount = new Map<string, number>();
  let timer: NodeJS.Timeout | null = null;
  let unsubscribe: (() => void) | null = null;
  let closed = false;

  // A failed read (the database busy or closing) is retried at the next poll; a timeout answers `fallback`.
  const readLatest = (fallback: number): number => {
    try {
      return source.latest();
    } catch {
      return fallback;
    }
  };

  const check = (): void => {
    if (waiters.size === 0) return;
    const latest = readLatest(0);
    for (const waiter of [...waiters]) if (waiter.after < latest) waiter.finish(latest);
  };

  const listen = (): void => {
    if (source.subscribe !== undefined) {
      unsubscribe ??= source.subscribe(check);
      return;
    }
    if (timer !== null) return;
    timer = setInterval(check, pollMs);
    timer.unref();
  };
  const stopTimer = (): void => {
    if (timer !== null) clearInterval(timer);
    timer = null;
  };

  const remove = (waiter: Waiter): void => {
    if (!waiters.delete(waiter)) return;
    const count = (perDeviceCount.get(waiter.deviceId) ?? 1) - 1;
    if (count <= 0) perDeviceCount.delete(waiter.deviceId);
    else perDeviceCount.set(waiter.deviceId, count);
    if (waiters.size === 0) stopTimer();
  };

  return {
    wait: (deviceId, after, timeoutMs) => {
      const now = source.latest();
      if (now > after || closed) return { latest: Promise.resolve(now), cancel: () => undefined };
      if ((perDeviceCount.get(deviceId) ?? 0) >= perDevice) return 'device-full';
      if (waiters.size >= maxWaiters) return 'platform-full';
      let resolve: (seq: number) => void = () => undefined;
      const latest = new Promise<number>((done) => (resolve = done));
      const waiter: Waiter = {
        deviceId,
        after,
        finish: (seq) => {
          clearTimeout(timeout);
          remove(waiter);
          resolve(seq);
        },
      };
      const timeout = setTimeout(() => waiter.finish(readLatest(after)), timeoutMs);
      waiters.add(waiter);
      perDeviceCount.set(deviceId, (perDeviceCount.get(deviceId) ?? 0) + 1);
      listen();
      return { latest, cancel: () => waiter.finish(after) };
    },
    poke: check,
    waiting: () => waiters.size,
    close: () => {
      closed = true;
      stopTimer();
      unsubscribe?.();
      unsubscribe = null;
      if (waiters.size === 0) return;
      const latest = readLatest(-1);
      [...waiters].forEach((waiter) => waiter.finish(latest < 0 ? waiter.after : latest));
    },
  };
}
