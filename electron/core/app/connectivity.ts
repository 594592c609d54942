import type { ConnectivityStatus } from '../../../shared/domain/app';
import { toBeijingIso } from '../../../shared/time';
import type { EventBus } from '../events';

export type Connectivity = {
  status: () => ConnectivityStatus;
  /** Probes at once and then every `intervalMs`; returns a stop function. */
  start: (intervalMs?: number) => () => void;
  probe: () => Promise<ConnectivityStatus>;
};

/**
 * Whether the city platform answers. With none configured the client works from its cache alone and says so;
 * the sync engine (a later capability) uses the same status to start syncing when the platform comes back.
 */
export function createConnectivity(
  platformUrl: string | null,
  now: () => Date,
  events: EventBus,
): Connectivity {
  let current: ConnectivityStatus = {
    state: platformUrl === null ? 'no-platform' : 'offline',
    platformUrl,
    checkedAt: toBeijingIso(now()),
  };
  const probe = async (): Promise<ConnectivityStatus> => {
    if (platformUrl === null) return current;
    let online: boolean;
    try {
      const response = await fetch(new URL('/api/v1/health', platformUrl), {
        signal: AbortSignal.timeout(3000),
      });
      online = response.ok;
    } catch {
      online = false;
    }
    const next: ConnectivityStatus = {
      state: online ? 'online' : 'offline',
      platformUrl,
      checkedAt: toBeijingIso(now()),
    };
    const changed = next.state !== current.state;
    current = next;
    if (changed) events.emit({ type: 'connectivity', status: next });
    return next;
  };
  return {
    status: () => current,
    probe,
    start: (intervalMs = 15_000) => {
      if (platformUrl === null) return () => undefined;
      void probe();
      const timer = setInterval(() => void probe(), intervalMs);
      timer.unref();
      return () => clearInterval(timer);
    },
  };
}
