/** Keys one read takes at most; more wait for the next. */
export const READ_BATCH_MAX = 500;

type Waiter<V> = { resolve: (value: V | undefined) => void; reject: (error: unknown) => void };

/**
 * Gathers the reads asked for while one is in flight into the next, so that hundreds of PCs woken by one change
 * and asking at once are answered by a few statements instead of hundreds of round trips (db/pg/read-pool.ts).
 * A read never joins one already under way: each begins after it was asked for, so it sees every commit made
 * before (a device revoked, a change the wait announced). `read` answers a batch of distinct keys; a key it
 * leaves out is answered undefined, and its failure fails every key of the batch.
 */
export function batchedReads<K, V>(
  read: (keys: readonly K[]) => Promise<ReadonlyMap<K, V>>,
): (key: K) => Promise<V | undefined> {
  const pending = new Map<K, Waiter<V>[]>();
  let reading = false;
  const next = (): void => {
    if (reading || pending.size === 0) return;
    reading = true;
    const batch = new Map([...pending].slice(0, READ_BATCH_MAX));
    batch.forEach((_waiters, key) => pending.delete(key));
    read([...batch.keys()])
      .then(
        (found) =>
          batch.forEach((waiters, key) => waiters.forEach((waiter) => waiter.resolve(found.get(key)))),
        (error: unknown) => batch.forEach((waiters) => waiters.forEach((waiter) => waiter.reject(error))),
      )
      .finally(() => {
        reading = false;
        next();
      });
  };
  return (key) =>
    new Promise<V | undefined>((resolve, reject) => {
      const waiters = pending.get(key);
      if (waiters === undefined) pending.set(key, [{ resolve, reject }]);
      else waiters.push({ resolve, reject });
      next();
    });
}
