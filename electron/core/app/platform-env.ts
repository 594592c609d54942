import { hostname } from 'node:os';
import type { SyncService } from '../sync/sync.service';

/**
 * Which platform a host uses, from its environment. The client never starts a platform itself:
 * - PLATFORM_URL=<url>: that platform (a development start script sets it to the demo platform it started as its
 *   own process, with CCW_ENROL_CODE, a one-time enrolment code, and CCW_DEMO_PLATFORM=1);
 * - PLATFORM_URL=none: offline only, with the demo data seeded locally (demos and end-to-end tests);
 * - unset: the platform this PC is enrolled at, if any.
 */
export type PlatformEnv = {
  platformUrl: string | null;
  demoPlatform: boolean;
  withDemo: boolean;
  enrolmentCode: string | null;
};

export function platformFromEnv(env: NodeJS.ProcessEnv): PlatformEnv {
  const value = env.PLATFORM_URL?.trim();
  const offline = value === '' || value === 'none';
  const url = value === undefined || offline ? null : value;
  const code = env.CCW_ENROL_CODE?.trim();
  return {
    platformUrl: url,
    demoPlatform: url !== null && env.CCW_DEMO_PLATFORM === '1',
    withDemo: offline,
    enrolmentCode: url !== null && code !== undefined && code !== '' ? code : null,
  };
}

/**
 * With a platform and an enrolment code from the environment, a PC not yet enrolled enrols there on start (the
 * development start script's demo platform); one already enrolled keeps its enrolment.
 */
export async function enrolFromEnv(sync: SyncService, platform: PlatformEnv): Promise<void> {
  if (platform.platformUrl === null || platform.enrolmentCode === null) return;
  if (sync.status().enrolled) {
    void sync.run();
    return;
  }
  const enrolled = await sync.enrol({
    platformUrl: platform.platformUrl,
    code: platform.enrolmentCode,
    deviceName: `${hostname()}${platform.demoPlatform ? '（演示平台）' : ''}`,
  });
  if (!enrolled.ok) throw new Error(enrolled.error.message);
}
