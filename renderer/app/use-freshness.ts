import { useAppInfo } from './app-info';
import { useAppStore } from './app-store';
import { hoursSince } from './format';

export type AppFreshness = { cacheAsOf: string | null; stale: boolean };

/** Data-as-of of the local cache; stale from the core's event, else computed from the configured threshold. */
export const useFreshness = (): AppFreshness => {
  const freshness = useAppStore((state) => state.freshness);
  const staleAfter = useAppInfo().data?.settings.staleAfterHours ?? null;
  const age = hoursSince(freshness.cacheAsOf);
  const computed = age === null || (staleAfter !== null && age > staleAfter);
  return { cacheAsOf: freshness.cacheAsOf, stale: freshness.stale ?? computed };
};
