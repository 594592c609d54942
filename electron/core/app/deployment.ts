import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import {
  DeploymentConfig,
  deploymentIssueMessage,
  type DeploymentUnit,
  type PlatformTarget,
} from '../../../shared/domain/deployment';
import { err, ok, type Result } from '../../../shared/result';

const FOLDER = '信用核查工作台';

/**
 * Where IT installs the deployment configuration on each OS: a system-wide place a window clerk cannot write
 * (docs/deployment.md).
 */
export function systemDeploymentFile(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (platform === 'win32') return join(env.ProgramData ?? 'C:\\ProgramData', FOLDER, 'deployment.json');
  if (platform === 'darwin') return join('/Library/Application Support', FOLDER, 'deployment.json');
  return '/etc/credit-check-workbench/deployment.json';
}

/**
 * A deployment configuration as read: the file, the platform it names with its trust anchor, the default 受理单位,
 * the update feed (resolved: `<platformUrl>/updates/` unless the file names one) and whether this installation
 * is a 培训模式 one. Plain data: main (updates) and the core (platform, settings, training) read the same.
 */
export type Deployment = {
  file: string;
  platform: PlatformTarget | null;
  unit: DeploymentUnit | null;
  updateUrl: string | null;
  trainingMode: boolean;
};

/**
 * Where the PC's platform settings came from: the deployment configuration read (config), or where it was looked
 * for (file) when there is none; development: PLATFORM_URL named a development platform instead.
 */
export type DeploymentSource = { file: string; development: boolean; config: Deployment | null };

/** The update feed a deployment names: its own updateUrl, else `<platformUrl>/updates/`; null without either. */
export function updateFeedUrl(deployment: Pick<Deployment, 'platform' | 'updateUrl'> | null): string | null {
  if (deployment === null) return null;
  if (deployment.updateUrl !== null) return deployment.updateUrl;
  if (deployment.platform === null) return null;
  return `${deployment.platform.url.replace(/\/+$/, '')}/updates/`;
}

const failure = (message: string): Result<never> => err('DEPLOYMENT_INVALID', `部署配置文件有误：${message}`);

const readText = (file: string): string | null => {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
};

/**
 * Reads a deployment configuration file into the platform it names and the trust anchor it gives. A missing file
 * is `null` when `optional` (the system-wide place on a PC IT has not configured); a malformed one is an error,
 * never silently ignored.
 */
export function loadDeploymentFile(file: string, optional: boolean): Result<Deployment | null> {
  try {
    return parseDeploymentFile(file, readText(file), optional);
  } catch (error) {
    return failure(`无法读取（${error instanceof Error ? error.message : String(error)}）`);
  }
}

function parseDeploymentFile(
  file: string,
  text: string | null,
  optional: boolean,
): Result<Deployment | null> {
  if (text === null) return optional ? ok(null) : failure(`找不到 ${file}`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return failure(`${file} 不是有效的 JSON`);
  }
  const parsed = DeploymentConfig.safeParse(json);
  if (!parsed.success)
    return failure(parsed.error.issues.map((issue) => deploymentIssueMessage(issue, json)).join('；'));
  const config = parsed.data;
  let ca = config.caCertificate ?? null;
  if (config.caCertificateFile !== undefined) {
    const caFile = isAbsolute(config.caCertificateFile)
      ? config.caCertificateFile
      : resolve(dirname(file), config.caCertificateFile);
    const caText = readText(caFile);
    if (caText === null) return failure(`字段 caCertificateFile（CA 证书文件）：找不到 ${caFile}`);
    const checked = z.string().includes('-----BEGIN CERTIFICATE-----').safeParse(caText);
    if (!checked.success)
      return failure(`字段 caCertificateFile（CA 证书文件）：${caFile} 不是 PEM 格式的证书`);
    ca = caText;
  }
  const platform =
    config.platformUrl === undefined ? null : { url: config.platformUrl, ca, pins: config.publicKeyPins };
  const updateUrl = config.updateUrl ?? null;
  return ok({
    file,
    platform,
    unit: config.unit ?? null,
    updateUrl: updateFeedUrl({ platform, updateUrl }),
    trainingMode: config.trainingMode,
  });
}
