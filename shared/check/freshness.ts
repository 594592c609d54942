import type { Freshness } from '../domain/check';

const HOUR_MS = 3_600_000;

/** How old the cache is. No as-of time at all (never loaded, never synced) counts as stale. */
export function freshness(cacheAsOf: string | null, now: Date, staleAfterHours: number): Freshness {
  if (cacheAsOf === null) return { cacheAsOf, ageHours: null, staleAfterHours, stale: true };
  // A county PC's clock may run behind the platform's: a negative age is clamped, never an error.
  const ageHours = Math.max(0, (now.getTime() - Date.parse(cacheAsOf)) / HOUR_MS);
  return {
    cacheAsOf,
    ageHours: Math.round(ageHours * 10) / 10,
    staleAfterHours,
    stale: ageHours > staleAfterHours,
  };
}
