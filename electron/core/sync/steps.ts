import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Long work on the sync's connection written once as a generator that pauses (yields) every so many rows, and run
 * either way: all at once (inside a caller's transaction) or with a turn of the event loop at each pause, so the
 * socket is read meanwhile (apply.ts's pages, checksums.ts's hashing).
 */
export type Steps<T> = Generator<void, T, undefined>;

/** Runs the steps to the end without pausing. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/** Runs the steps to the end, giving the event loop a turn at each pause. */
export async function runStepsYielding<T>(steps: Steps<T>): Promise<T> {
  let step = steps.next();
  while (step.done !== true) {
    await nextTurn();
    step = steps.next();
  }
  return step.value;
}
