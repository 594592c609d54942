import type { QueryClient } from '@tanstack/react-query';
import { create } from 'zustand';
import type { AppEvent } from '../../shared/contract/events';
import type { AppInfo, ConnectivityStatus } from '../../shared/domain/app';
import { client } from '../transport/client';
import { onAppEvent } from '../transport/events';
import { isReachable, onReachabilityChange } from '../transport/reachability';
import { appInfoKey, catalogueKey } from './app-info';
import { queryClient } from './query/query-client';

type Freshness = { cacheAsOf: string | null; stale: boolean | null };

/** Client state the core's events drive; app:info and the catalogue are server state (app-info.ts). */
type AppState = {
  connectivity: ConnectivityStatus | null;
  /** False while calls to the local service fail at the transport level. */
  serviceReachable: boolean;
  freshness: Freshness;
  applyEvent: (event: AppEvent) => void;
};

export const useAppStore = create<AppState>()((set) => ({
  connectivity: null,
  serviceReachable: isReachable(),
  freshness: { cacheAsOf: null, stale: null },
  applyEvent: (event) => {
    switch (event.type) {
      // app:info is read again too: staleAfter makes it old on this event.
      case 'connectivity':
        set({ connectivity: event.status });
        return;
      case 'freshness':
        set({ freshness: { cacheAsOf: event.cacheAsOf, stale: event.stale } });
        return;
    }
  },
}));

/** Each app:info answer says the connectivity and the data-as-of at the time it was read. */
const seedFrom = (info: AppInfo): void =>
  useAppStore.setState((state) => ({
    connectivity: info.connectivity,
    freshness: { cacheAsOf: info.cacheAsOf, stale: state.freshness.stale },
  }));

const RETRY_MS = 10_000;
const appChannels = new Set<unknown>([appInfoKey[0], catalogueKey[0]]);

/**
 * Keeps the app-wide state current: events from the core, each app:info answer of the query cache, and a retry
 * loop while the local service is unreachable so the indicator recovers by itself. Returns the cleanup.
 */
export const startAppStore = (queries: QueryClient = queryClient): (() => void) => {
  const stopEvents = onAppEvent(useAppStore.getState().applyEvent);
  const cached = queries.getQueryData<AppInfo>(appInfoKey);
  if (cached !== undefined) seedFrom(cached);
  const stopCache = queries.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return;
    if ((event.query.queryKey as readonly unknown[])[0] === appInfoKey[0])
      seedFrom(event.action.data as AppInfo);
  });
  let retry: number | undefined;
  const stopReachability = onReachabilityChange((reachable) => {
    useAppStore.setState({ serviceReachable: reachable });
    window.clearInterval(retry);
    retry = undefined;
    if (!reachable) {
      retry = window.setInterval(() => void probe(), RETRY_MS);
      return;
    }
    // Back from an outage: whatever failed to load is fetched again.
    void queries.invalidateQueries({
      predicate: (query) => appChannels.has(query.queryKey[0]) && query.state.status !== 'success',
    });
  });
  return () => {
    stopEvents();
    stopCache();
    stopReachability();
    window.clearInterval(retry);
  };
};

const probe = async (): Promise<void> => {
  const result = await client.call('app:connectivity', {});
  if (result.ok) useAppStore.setState({ connectivity: result.value });
};
