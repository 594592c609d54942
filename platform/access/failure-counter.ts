/**
 * Failed logins per key (a username, an address) within a sliding window, in memory: counting costs no write,
 * and a restart forgets only failures that had not yet led to a lock (locks are stored). At most `maxKeys` keys
 * are remembered; the least recently failed are forgotten first, so a flood of made-up usernames cannot grow
 * it without bound.
 */
export type FailureCounter = {
  /** Records a failure at `atMs` and returns how many fell within the window. */
  add: (key: string, atMs: number) => number;
  clear: (key: string) => void;
};

export function failureCounter(windowMs: number, maxKeys: number): FailureCounter {
  const failures = new Map<string, number[]>();
  return {
    add: (key, atMs) => {
      const recent = (failures.get(key) ?? []).filter((at) => at > atMs - windowMs);
      recent.push(atMs);
      failures.delete(key); // re-inserted last: Map order is the eviction order
      failures.set(key, recent);
      if (failures.size > maxKeys) {
        const oldest = failures.keys().next().value;
        if (oldest !== undefined) failures.delete(oldest);
      }
      return recent.length;
    },
    clear: (key) => {
      failures.delete(key);
    },
  };
}
