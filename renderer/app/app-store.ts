import { create } from 'zustand';
import type { AppEvent } from '../../shared/contract/events';
import type { AppInfo, ConnectivityStatus, Settings } from '../../shared/domain/app';
import type { Catalogue } from '../../shared/domain/catalogue';
import { client } from '../transport/client';
import { onAppEvent } from '../transport/events';
import { isReachable, onReachabilityChange } from '../transport/reachability';

type Freshness = { cacheAsOf: string | null; stale: boolean | null };

type AppState = {
  info: AppInfo | null;
  infoError: string | null;
  catalogue: Catalogue | null;
  catalogueError: string | null;
  connectivity: ConnectivityStatus | null;
  /** False while calls to the local service fail at the transport level. */
  serviceReachable: boolean;
  freshness: Freshness;
  loadInfo: () => Promise<void>;
  loadCatalogue: () => Promise<void>;
  setSettings: (settings: Settings) => void;
  applyEvent: (event: AppEvent) => void;
};

export const useAppStore = create<AppState>()((set, get) => ({
  info: null,
  infoError: null,
  catalogue: null,
  catalogueError: null,
  connectivity: null,
  serviceReachable: isReachable(),
  freshness: { cacheAsOf: null, stale: null },
  loadInfo: async () => {
    const result = await client.call('app:info', {});
    if (!result.ok) {
      set({ infoError: result.error.message });
      return;
    }
    const info = result.value;
    set({
      info,
      infoError: null,
      connectivity: info.connectivity,
      freshness: { cacheAsOf: info.cacheAsOf, stale: get().freshness.stale },
    });
  },
  loadCatalogue: async () => {
    const result = await client.call('catalogue:get', {});
    if (result.ok) set({ catalogue: result.value, catalogueError: null });
    else set({ catalogueError: result.error.message });
  },
  setSettings: (settings) => {
    const info = get().info;
    if (info !== null) set({ info: { ...info, settings } });
  },
  applyEvent: (event) => {
    switch (event.type) {
      case 'connectivity':
        set({ connectivity: event.status });
        // The platform that now answers may run the demo data set (the banner): read the info again.
        void get().loadInfo();
        return;
      case 'freshness':
        set({ freshness: { cacheAsOf: event.cacheAsOf, stale: event.stale } });
        return;
    }
  },
}));

const RETRY_MS = 10_000;

/**
 * Loads what every page needs and keeps it current: events from the core, and a retry loop while the local
 * service is unreachable so the indicator recovers by itself. Returns the cleanup.
 */
export const startAppStore = (): (() => void) => {
  const { loadInfo, loadCatalogue, applyEvent } = useAppStore.getState();
  void loadInfo();
  void loadCatalogue();
  const stopEvents = onAppEvent(applyEvent);
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
    const state = useAppStore.getState();
    if (state.info === null || state.infoError !== null) void loadInfo();
    if (state.catalogue === null) void loadCatalogue();
  });
  return () => {
    stopEvents();
    stopReachability();
    window.clearInterval(retry);
  };
};

const probe = async (): Promise<void> => {
  const result = await client.call('app:connectivity', {});
  if (result.ok) useAppStore.setState({ connectivity: result.value });
};
