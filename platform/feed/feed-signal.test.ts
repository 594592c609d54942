import { describe, expect, it } from 'vitest';
import { createFeedSignal, type FeedWait } from './feed-signal';

/** A feed whose newest seq the test sets, counting how often it is read. */
const counter = (start = 10) => {
  const feed = { seq: start, reads: 0 };
  return {
    feed,
    source: {
      latest: () => {
        feed.reads += 1;
        return feed.seq;
      },
    },
  };
};

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const taken = (wait: ReturnType<ReturnType<typeof createFeedSignal>['wait']>): FeedWait => {
  if (typeof wait === 'string') throw new Error(wait);
  return wait;
};

describe('createFeedSignal', () => {
  it('polls only while somebody waits, and wakes the waiters below the new seq', async () => {
    const { feed, source } = counter();
    const signal = createFeedSignal(source, { pollMs: 10 });
    await sleep(50);
    expect(feed.reads).toBe(0);
    const low = taken(signal.wait('a', 10, 10_000));
    const high = taken(signal.wait('b', 12, 10_000));
    feed.seq = 11;
    expect(await low.latest).toBe(11);
    expect(signal.waiting()).toBe(1);
    high.cancel();
    expect(await high.latest).toBe(12);
    expect(signal.waiting()).toBe(0);
    const reads = feed.reads;
    await sleep(50);
    // Nobody waits: the timer has stopped.
    expect(feed.reads).toBe(reads);
    signal.close();
  });

  it('answers at the timeout, on poke at once, and everybody on close', async () => {
    const { feed, source } = counter();
    const signal = createFeedSignal(source, { pollMs: 60_000 });
    expect(await taken(signal.wait('a', 10, 20)).latest).toBe(10);
    const poked = taken(signal.wait('a', 10, 10_000));
    feed.seq = 12;
    signal.poke();
    expect(await poked.latest).toBe(12);
    const left = taken(signal.wait('a', 12, 10_000));
    signal.close();
    expect(await left.latest).toBe(12);
    expect(signal.waiting()).toBe(0);
    // Closed: a wait is answered at once.
    expect(await taken(signal.wait('a', 12, 10_000)).latest).toBe(12);
  });

  it('bounds the waits per device and per process', () => {
    const { source } = counter();
    const signal = createFeedSignal(source, { perDevice: 2, maxWaiters: 3 });
    taken(signal.wait('a', 10, 10_000));
    taken(signal.wait('a', 10, 10_000));
    expect(signal.wait('a', 10, 10_000)).toBe('device-full');
    taken(signal.wait('b', 10, 10_000));
    expect(signal.wait('c', 10, 10_000)).toBe('platform-full');
    // Already past `after`: answered at once, whatever the caps.
    expect(typeof signal.wait('c', 9, 10_000)).toBe('object');
    signal.close();
  });

  it('is woken by a subscription instead of a timer where the source has one', async () => {
    const { feed, source } = counter();
    let wake = (): void => undefined;
    let subscribed = 0;
    const signal = createFeedSignal(
      {
        ...source,
        subscribe: (callback) => {
          subscribed += 1;
          wake = callback;
          return () => (subscribed -= 1);
        },
      },
      { pollMs: 1 },
    );
    const wait = taken(signal.wait('a', 10, 10_000));
    expect(subscribed).toBe(1);
    const reads = feed.reads;
    await sleep(30);
    expect(feed.reads).toBe(reads);
    feed.seq = 11;
    wake();
    expect(await wait.latest).toBe(11);
    signal.close();
    expect(subscribed).toBe(0);
  });
});
