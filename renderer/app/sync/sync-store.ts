import { create } from 'zustand';
import type { RequestOf } from '../../../shared/contract/channels';
import type { AppEvent } from '../../../shared/contract/events';
import type { SyncProgress, SyncStatus, SyncSummary } from '../../../shared/domain/sync';
import { client } from '../../transport/client';
import { onAppEvent } from '../../transport/events';
import { onReachabilityChange } from '../../transport/reachability';

export type SyncOutcome = { ok: true; summary: SyncSummary } | { ok: false; message: string };
export type EnrolOutcome = { ok: true; deviceId: string } | { ok: false; message: string };

type SyncState = {
  status: SyncStatus | null;
  statusError: string | null;
  /** From the status, then kept current by sync-progress / sync-finished events. */
  running: boolean;
  progress: SyncProgress | null;
  /** The last sync that finished while this window was open (started here or automatically). */
  outcome: SyncOutcome | null;
  /** Open 需复核 count, for the navigation badge. */
  reviewsOpen: number;
  loadStatus: () => Promise<void>;
  runSync: () => Promise<void>;
  enrol: (request: RequestOf<'sync:enrol'>) => Promise<EnrolOutcome>;
  applyEvent: (event: AppEvent) => void;
};

export const useSyncStore = create<SyncState>()((set, get) => {
  // Events are newer than any status answer requested before them: a late answer must not undo them.
  let eventSerial = 0;
  let statusSerial = 0;

  const finished = (outcome: SyncOutcome): void => {
    set({ running: false, progress: null, outcome });
    void get().loadStatus();
  };

  return {
    status: null,
    statusError: null,
    running: false,
    progress: null,
    outcome: null,
    reviewsOpen: 0,
    loadStatus: async () => {
      statusSerial += 1;
      const serial = statusSerial;
      const eventsBefore = eventSerial;
      const result = await client.call('sync:status', {});
      if (serial !== statusSerial) return;
      if (!result.ok) {
        set({ statusError: result.error.message });
        return;
      }
      const status = result.value;
      set(
        eventsBefore === eventSerial
          ? {
              status,
              statusError: null,
              running: status.running,
              progress: status.progress,
              reviewsOpen: status.reviewsOpen,
            }
          : { status, statusError: null },
      );
    },
    runSync: async () => {
      if (get().running) return;
      eventSerial += 1;
      set({ running: true, outcome: null });
      const result = await client.call('sync:run', {});
      // Usually sync-finished has already said all this; the answer covers a missed event.
      if (!get().running) return;
      finished(
        result.ok ? { ok: true, summary: result.value } : { ok: false, message: result.error.message },
      );
    },
    enrol: async (request) => {
      const result = await client.call('sync:enrol', request);
      if (!result.ok) return { ok: false, message: result.error.message };
      eventSerial += 1;
      const status = result.value;
      set({
        status,
        statusError: null,
        running: status.running,
        progress: status.progress,
        reviewsOpen: status.reviewsOpen,
      });
      return { ok: true, deviceId: status.deviceId ?? '' };
    },
    applyEvent: (event) => {
      switch (event.type) {
        case 'sync-progress':
          eventSerial += 1;
          set({ running: true, progress: event.progress });
          return;
        case 'sync-finished':
          eventSerial += 1;
          finished(
            event.ok && event.summary !== null
              ? { ok: true, summary: event.summary }
              : { ok: false, message: event.error?.message ?? '' },
          );
          return;
        case 'reviews-changed':
          eventSerial += 1;
          set({ reviewsOpen: event.open });
          return;
        case 'connectivity':
        case 'check-recorded':
          // The platform came or went, or the outbox grew: the counts on the sync page move.
          void get().loadStatus();
          return;
        case 'freshness':
          return;
      }
    },
  };
});

/** Loads the sync status and follows the core's events; call once in the app frame. Returns the cleanup. */
export const startSyncStore = (): (() => void) => {
  const { loadStatus, applyEvent } = useSyncStore.getState();
  void loadStatus();
  const stopEvents = onAppEvent(applyEvent);
  const stopReachability = onReachabilityChange((reachable) => {
    if (reachable) void useSyncStore.getState().loadStatus();
  });
  return () => {
    stopEvents();
    stopReachability();
  };
};
