import type { QueryClient } from '@tanstack/react-query';
import { create } from 'zustand';
import type { AppEvent } from '../../../shared/contract/events';
import type { SyncProgress, SyncStatus, SyncSummary } from '../../../shared/domain/sync';
import { client } from '../../transport/client';
import { onAppEvent } from '../../transport/events';
import { onReachabilityChange } from '../../transport/reachability';
import { queryClient } from '../query/query-client';

export type SyncOutcome = { ok: true; summary: SyncSummary } | { ok: false; message: string };
export type EnrolOutcome = { ok: true; deviceId: string } | { ok: false; message: string };

/**
 * What the core's events push about syncing (client state); the sync status itself is server state, read through
 * the query cache (useSyncStatus), and each of its answers seeds what is here unless an event came since it was
 * asked.
 */
type SyncState = {
  /** From the status, then kept current by sync-progress / sync-finished events. */
  running: boolean;
  progress: SyncProgress | null;
  /** The last sync that finished while this window was open (started here or automatically). */
  outcome: SyncOutcome | null;
  /** Open 需复核 count, for the navigation badge. */
  reviewsOpen: number;
  runSync: () => Promise<void>;
  /** The status an answer (sync:status, sync:enrol) brought, unless events since it was asked are newer. */
  applyStatus: (status: SyncStatus, eventsBefore: number) => void;
  applyEvent: (event: AppEvent) => void;
  /** How many events have come: a status asked before the latest must not undo it. */
  events: number;
};

export const useSyncStore = create<SyncState>()((set, get) => {
  const finished = (outcome: SyncOutcome): void => set({ running: false, progress: null, outcome });
  const eventCame = (): void => set((state) => ({ events: state.events + 1 }));

  return {
    running: false,
    progress: null,
    outcome: null,
    reviewsOpen: 0,
    events: 0,
    applyStatus: (status, eventsBefore) => {
      if (eventsBefore !== get().events) return;
      set({ running: status.running, progress: status.progress, reviewsOpen: status.reviewsOpen });
    },
    runSync: async () => {
      if (get().running) return;
      eventCame();
      set({ running: true, outcome: null });
      const result = await client.call('sync:run', {});
      // Usually sync-finished has already said all this; the answer covers a missed event.
      if (!get().running) return;
      finished(
        result.ok ? { ok: true, summary: result.value } : { ok: false, message: result.error.message },
      );
    },
    applyEvent: (event) => {
      switch (event.type) {
        case 'sync-progress':
          eventCame();
          set({ running: true, progress: event.progress });
          return;
        case 'sync-finished':
          eventCame();
          finished(
            event.ok && event.summary !== null
              ? { ok: true, summary: event.summary }
              : { ok: false, message: event.error?.message ?? '' },
          );
          return;
        case 'reviews-changed':
          eventCame();
          set({ reviewsOpen: event.open });
          return;
        default:
          return;
      }
    },
  };
});

/**
 * Follows the core's events, and seeds the store from each sync:status answer of the query cache (asked by
 * useSyncStatus; events make it old, staleAfter); call once in the app frame. Returns the cleanup.
 */
export const startSyncStore = (queries: QueryClient = queryClient): (() => void) => {
  const { applyEvent } = useSyncStore.getState();
  const stopEvents = onAppEvent(applyEvent);
  // The events seen when each status request started.
  let eventsAtFetch = useSyncStore.getState().events;
  const stopCache = queries.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated') return;
    const channel: unknown = (event.query.queryKey as readonly unknown[])[0];
    if (channel !== 'sync:status') return;
    if (event.action.type === 'fetch') eventsAtFetch = useSyncStore.getState().events;
    if (event.action.type === 'success')
      useSyncStore.getState().applyStatus(event.action.data as SyncStatus, eventsAtFetch);
  });
  const stopReachability = onReachabilityChange((reachable) => {
    if (reachable) void queries.invalidateQueries({ queryKey: ['sync:status'] });
  });
  return () => {
    stopEvents();
    stopCache();
    stopReachability();
  };
};
