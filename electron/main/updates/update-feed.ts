import { updateFeedUrl } from '../../core/app/deployment';
import { platformFromEnv } from '../../core/app/platform-env';
import { platformAt, type PlatformTarget } from '../../../shared/domain/deployment';

/** Where updates come from and how its server is recognised (the deployment's CA and pins). */
export type UpdateFeed = { url: string; target: PlatformTarget };

/** The platform's release feed: `<platform URL>/updates/` (platform/updates/updates-routes.ts). */
export const defaultFeedUrl = (platformUrl: string): string =>
  updateFeedUrl({ platform: platformAt(platformUrl), updateUrl: null }) ?? '';

/**
 * The update feed of this PC, from the same deployment configuration the core reads (electron/core/app/
 * platform-env.ts): its `updateUrl`, else the platform's `/updates/`, trusted with the deployment's CA (and, on
 * the platform's own host, its pins). Null when there is none: no deployment configuration, an offline, demo or
 * training start, or a configuration error (the core reports that one at start).
 */
export function updateFeedFromDeployment(env: NodeJS.ProcessEnv): UpdateFeed | null {
  const platform = platformFromEnv(env);
  if (!platform.ok || platform.value.training) return null;
  const config = platform.value.deployment.config;
  const target = platform.value.platform;
  const url = config === null ? null : updateFeedUrl(config);
  if (url === null || target === null) return null;
  const sameHost = new URL(url).host === new URL(target.url).host;
  return { url, target: { url: target.url, ca: target.ca, pins: sameHost ? target.pins : [] } };
}
