import type { ConnectivityStatus } from '../../../shared/domain/app';
import type { PlatformTarget } from '../../../shared/domain/deployment';
import type { Health } from '../../../shared/platform-api/api';
import { createPlatformClient } from '../sync/platform-client';
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
 * the sync service starts syncing when the state turns online. The platform is read at each probe: enrolment
 * may set it, and the demo platform of a development start gets a new port each time. The probe goes through
 * the platform client, so a platform that cannot prove its identity counts as unreachable.
 */
export function createConnectivity(
  platformOf: () => PlatformTarget | null,
  now: () => Date,
  events: EventBus,
  /** Each answer of the platform's health (e.g. to remember whether it is a demo platform). */
  onHealth: (health: Health) => void = () => undefined,
): Connectivity {
  const initialUrl = platformOf()?.url ?? null;
  let current: ConnectivityStatus = {
    state: initialUrl === null ? 'no-platform' : 'offline',
    platformUrl: initialUrl,
    checkedAt: toBeijingIso(now()),
  };
  const probe = async (): Promise<ConnectivityStatus> => {
    const target = platformOf();
    const platformUrl = target?.url ?? null;
    let state: ConnectivityStatus['state'] = 'no-platform';
    if (target !== null) {
      try {
        const { health } = await createPlatformClient({ target, timeoutMs: 3000 }).health();
        onHealth(health);
        state = 'online';
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
