import type { ConnectivityStatus } from '../../../shared/domain/app';
import { platformRoutes } from '../../../shared/platform-api/api';
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
 * the sync service starts syncing when the state turns online. The URL is read at each probe: enrolment may
 * set it, and the demo platform of a development start gets a new port each time.
 */
export function createConnectivity(
  platformUrlOf: () => string | null,
  now: () => Date,
  events: EventBus,
): Connectivity {
  const initialUrl = platformUrlOf();
  let current: ConnectivityStatus = {
    state: initialUrl === null ? 'no-platform' : 'offline',
    platformUrl: initialUrl,
    checkedAt: toBeijingIso(now()),
  };
  const probe = async (): Promise<ConnectivityStatus> => {
    const platformUrl = platformUrlOf();
    let state: ConnectivityStatus['state'] = 'no-platform';
    if (platformUrl !== null) {
      try {
        const response = await fetch(new URL(platformRoutes.health, platformUrl), {
          signal: AbortSignal.timeout(3000),
        });
        state = response.ok ? 'online' : 'offline';
      } catch {
        state = 'offline';
      }
    }
    const next: ConnectivityStatus = { state, platformUrl, checkedAt: toBeijingIso(now()) };
    const changed = next.state !== current.state || next.platformUrl !== current.platformUrl;
    current = next;
    if (changed) events.emit({ type: 'connectivity', status: next });
    return next;
  };
  return {
    status: () => current,
    probe,
    start: (intervalMs = 15_000) => {
      void probe();
      const timer = setInterval(() => void probe(), intervalMs);
      timer.unref();
      return () => clearInterval(timer);
    },
  };
}
