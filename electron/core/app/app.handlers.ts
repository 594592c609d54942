import { freshness } from '../../../shared/check/freshness';
import type { AppInfo } from '../../../shared/domain/app';
import { ok } from '../../../shared/result';
import type { Db } from '../db/connection';
import type { EventBus } from '../events';
import type { HandlersOf } from '../ipc/handlers';
import type { Connectivity } from './connectivity';
import { getMeta } from './meta.repo';
import type { SettingsService } from './settings.service';

export type AppHandlerDeps = {
  db: Db;
  host: AppInfo['host'];
  version: string;
  dataDir: string;
  now: () => Date;
  settings: SettingsService;
  connectivity: Connectivity;
  events: EventBus;
};

export const appHandlers = (
  deps: AppHandlerDeps,
): HandlersOf<'app:info' | 'app:connectivity' | 'settings:update'> => ({
  'app:info': () =>
    ok({
      version: deps.version,
      host: deps.host,
      dataDir: deps.dataDir,
      cacheAsOf: getMeta(deps.db, 'cache_as_of'),
      demoData: getMeta(deps.db, 'demo_data') === '1',
      settings: deps.settings.get(),
      connectivity: deps.connectivity.status(),
    }),
  'app:connectivity': () => deps.connectivity.probe().then(ok),
  'settings:update': (request) => {
    const updated = deps.settings.update(request);
    if (updated.ok) {
      // The age limit may have changed what counts as stale: tell every window.
      const cacheAsOf = getMeta(deps.db, 'cache_as_of');
      const { stale } = freshness(cacheAsOf, deps.now(), updated.value.staleAfterHours);
      deps.events.emit({ type: 'freshness', cacheAsOf, stale });
    }
    return updated;
  },
});
