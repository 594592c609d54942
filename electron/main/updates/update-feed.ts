import { platformFromEnv } from '../../core/app/platform-env';
import type { PlatformTarget } from '../../../shared/domain/deployment';

/** Where updates come from and how its server is recognised (the deployment's CA and pins). */
export type UpdateFeed = { url: string; target: PlatformTarget };

/** The platform's release feed: `<platform URL>/updates/` (platform/updates/updates-routes.ts). */
export const defaultFeedUrl = (platformUrl: string): string => `${platformUrl.replace(/\/+$/, '')}/updates/`;

/**
 * The update feed of this PC, from the same deployment configuration the core reads (electron/core/app/
 * platform-env.ts): the platform's `/updates/`, trusted with the deployment's CA. Null, with the reason, when
 * there is none: no deployment configuration, an offline or demo start, or a configuration error (the core
 * reports that one at start).
 *
 * Integration note: when the deployment configuration gains an `updateUrl` (issue 13, item 3), use it here in
 * place of defaultFeedUrl.
 */
export function updateFeedFromDeployment(env: NodeJS.ProcessEnv): UpdateFeed | null {
  const platform = platformFromEnv(env);
  if (!platform.ok || platform.value.platform === null) return null;
  const target = platform.value.platform;
  return { url: defaultFeedUrl(target.url), target };
}
