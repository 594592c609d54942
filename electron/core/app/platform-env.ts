import { hostname } from 'node:os';
import {
  deploymentMessages,
  isLoopbackHost,
  parseUrl,
  platformAt,
  type PlatformTarget,
} from '../../../shared/domain/deployment';
import { err, ok, type Result } from '../../../shared/result';
import type { SyncService } from '../sync/sync.service';
import { loadDeploymentFile, systemDeploymentFile, type DeploymentSource } from './deployment';

/**
 * Which platform a host uses, from its environment. The client never starts a platform itself:
 * - PLATFORM_URL=<url> (development): that platform, on a loopback address only (a development start script sets
 *   it to the demo platform it started as its own process, with CCW_ENROL_CODE, a one-time enrolment code, and
 *   CCW_DEMO_PLATFORM=1);
 * - PLATFORM_URL=none: offline only, with the demo data seeded locally (demos and end-to-end tests);
 * - unset: the deployment configuration (CCW_DEPLOYMENT_FILE, else the system-wide file of deployment.ts), which
 *   names the city platform and its CA; without one, the platform this PC is enrolled at, if any. With
 *   `trainingMode: true` there, 培训模式: the demo data set and accounts in a data folder of their own, and only a
 *   platform that says it is a demo one (core.ts, sync.service.ts).
 */
export type PlatformEnv = {
  platform: PlatformTarget | null;
  demoPlatform: boolean;
  /** Load the demo data set and the demo accounts: PLATFORM_URL=none, or 培训模式. */
  withDemo: boolean;
  enrolmentCode: string | null;
  /** 培训模式 (trainingMode in deployment.json): its own data folder, the demo data, only a demo platform. */
  training: boolean;
  /**
   * The deployment configuration read, or where it was looked for (file) when there is none; development: the
   * platform came from PLATFORM_URL, not from a file.
   */
  deployment: DeploymentSource;
};

const developmentOnly =
  'PLATFORM_URL 只用于本机回环地址上的开发平台；市平台的地址与证书请写入部署配置文件（docs/deployment.md）';

export function platformFromEnv(
  env: NodeJS.ProcessEnv,
  systemFile: string = systemDeploymentFile(),
): Result<PlatformEnv> {
  const value = env.PLATFORM_URL?.trim();
  const offline = value === '' || value === 'none';
  const code = env.CCW_ENROL_CODE?.trim();
  const enrolmentCode = code !== undefined && code !== '' ? code : null;
  const named = env.CCW_DEPLOYMENT_FILE?.trim();
  const file = named === undefined || named === '' ? null : named;
  const development: DeploymentSource = { file: file ?? systemFile, development: true, config: null };
  if (value !== undefined && !offline) {
    const url = parseUrl(value);
    if (url === null) return err('DEPLOYMENT_INVALID', deploymentMessages.badUrl);
    if (!isLoopbackHost(url.host)) return err('DEPLOYMENT_INVALID', developmentOnly);
    return ok({
      platform: platformAt(value),
      demoPlatform: env.CCW_DEMO_PLATFORM === '1',
      withDemo: false,
      enrolmentCode,
      training: false,
      deployment: development,
    });
  }
  if (offline)
    return ok({
      platform: null,
      demoPlatform: false,
      withDemo: true,
      enrolmentCode: null,
      training: false,
      deployment: development,
    });
  const loaded = file === null ? loadDeploymentFile(systemFile, true) : loadDeploymentFile(file, false);
  if (!loaded.ok) return loaded;
  const config = loaded.value;
  const platform = config?.platform ?? null;
  // Only 培训模式 loads the demo data and accounts: a configured PC without it never does, whatever it ships.
  const training = config?.trainingMode ?? false;
  return ok({
    platform,
    demoPlatform: false,
    withDemo: training,
    enrolmentCode: platform === null ? null : enrolmentCode,
    training,
    deployment: { file: file ?? systemFile, development: false, config },
  });
}

/**
 * With a platform and an enrolment code from the environment, a PC not yet enrolled enrols there on start (the
 * development start script's demo platform); one already enrolled keeps its enrolment.
 */
export async function enrolFromEnv(sync: SyncService, platform: PlatformEnv): Promise<void> {
  if (platform.platform === null || platform.enrolmentCode === null) return;
  if (sync.status().enrolled) {
    void sync.run();
    return;
  }
  const enrolled = await sync.enrol({
    code: platform.enrolmentCode,
    deviceName: `${hostname()}${platform.demoPlatform ? '（演示平台）' : ''}`,
  });
  if (!enrolled.ok) throw new Error(enrolled.error.message);
}
