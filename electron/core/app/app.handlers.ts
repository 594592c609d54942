import { freshness } from '../../../shared/check/freshness';
import type { AppInfo, Settings } from '../../../shared/domain/app';
import type { DeploymentInfo } from '../../../shared/domain/deployment';
import { updateMessages } from '../../../shared/domain/updates';
import { ok } from '../../../shared/result';
import { toBeijingIso } from '../../../shared/time';
import { appendAudit } from '../audit/audit.repo';
import type { Db } from '../../../node-shared/db/connection';
import type { EventBus } from '../events';
import type { HandlersOf } from '../ipc/handlers';
import type { Connectivity } from './connectivity';
import { usesDemoData } from './demo-data';
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
  /** Who acts (the signed-in user), recorded on the settings' audit entry. */
  operator: () => string;
  /** 培训模式 (deployment.json trainingMode). */
  training: boolean;
  /** The deployment configuration as 设置 › 部署配置 shows it (./deployment-info.ts). */
  deployment: () => DeploymentInfo;
};

/** The fields an update changed, each with its value before and after. */
const changedFields = (before: Settings, after: Settings): Record<string, { from: unknown; to: unknown }> =>
  Object.fromEntries(
    (Object.keys(after) as (keyof Settings)[])
      .filter((key) => before[key] !== after[key])
      .map((key) => [key, { from: before[key], to: after[key] }]),
  );

export const appHandlers = (
  deps: AppHandlerDeps,
): HandlersOf<
  'app:info' | 'app:connectivity' | 'app:deployment' | 'app:update-status' | 'settings:update'
> => ({
  'app:info': () =>
    ok({
      version: deps.version,
      host: deps.host,
      dataDir: deps.dataDir,
      cacheAsOf: getMeta(deps.db, 'cache_as_of'),
      demoData: usesDemoData(deps.db),
      trainingMode: deps.training,
      settings: deps.settings.get(),
      connectivity: deps.connectivity.status(),
    }),
  'app:connectivity': () => deps.connectivity.probe().then(ok),
  'app:deployment': () => ok(deps.deployment()),
  // The core has no updater: the desktop shell answers this channel itself (electron/main/updates/).
  'app:update-status': () =>
    ok({
      state: 'unavailable',
      version: null,
      percent: null,
      message: updateMessages.browser,
      checkedAt: null,
    }),
  'settings:update': (request) => {
    // The settings shape evidence (district, department, stale threshold): each change is audited with it.
    const updated = deps.db.transaction(() => {
      const before = deps.settings.get();
      const result = deps.settings.update(request);
      if (!result.ok) return result;
      const changed = changedFields(before, result.value);
      if (Object.keys(changed).length > 0)
        appendAudit(deps.db, {
          at: toBeijingIso(deps.now()),
          actor: deps.operator(),
          action: 'settings.update',
          targetType: 'settings',
          targetId: null,
          caseNumber: null,
          purpose: null,
          detail: { changed },
        });
      return result;
    })();
    if (updated.ok) {
      // The age limit may have changed what counts as stale: tell every window.
      const cacheAsOf = getMeta(deps.db, 'cache_as_of');
      const { stale } = freshness(cacheAsOf, deps.now(), updated.value.staleAfterHours);
      deps.events.emit({ type: 'freshness', cacheAsOf, stale });
    }
    return updated;
  },
});
