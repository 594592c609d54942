/**
 * A small fair semaphore for password hashing: at most `concurrent` checks run and `queued` wait; one caller
 * holds at most `perCaller` of those. Nothing waits without bound: a caller over its share is told at once
 * ('caller-busy'), and so is anyone when the queue is full ('busy'). So a flood of requests from one source
 * costs it its own share only, and another caller's login still gets a slot.
 */
export type HashGate = {
  /** Runs `work` when a slot is free, or says why not without waiting. */
  run: <T>(caller: string, work: () => Promise<T>) => Promise<{ ok: true; value: T } | GateRefusal>;
};
export type GateRefusal = { ok: false; reason: 'caller-busy' | 'busy' };

export function hashGate(limits: { concurrent: number; queued: number; perCaller: number }): HashGate {
  let running = 0;
  const waiting: (() => void)[] = [];
  const held = new Map<string, number>();

  const release = (caller: string): void => {
    const count = (held.get(caller) ?? 1) - 1;
    if (count === 0) held.delete(caller);
    else held.set(caller, count);
    const next = waiting.shift();
    if (next === undefined) running -= 1;
    else next(); // the slot passes straight to the next in line
  };

  return {
    run: async (caller, work) => {
      if ((held.get(caller) ?? 0) >= limits.perCaller) return { ok: false, reason: 'caller-busy' };
      if (running >= limits.concurrent && waiting.length >= limits.queued)
        return { ok: false, reason: 'busy' };
      held.set(caller, (held.get(caller) ?? 0) + 1);
      if (running < limits.concurrent) running += 1;
      else await new Promise<void>((resolve) => waiting.push(resolve));
      try {
        return { ok: true, value: await work() };
      } finally {
        release(caller);
      }
    },
  };
}
