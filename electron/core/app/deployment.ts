import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { DeploymentConfig, type PlatformTarget } from '../../../shared/domain/deployment';
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
export function loadDeploymentFile(file: string, optional: boolean): Result<PlatformTarget | null> {
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
): Result<PlatformTarget | null> {
  if (text === null) return optional ? ok(null) : failure(`找不到 ${file}`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return failure(`${file} 不是有效的 JSON`);
  }
  const parsed = DeploymentConfig.safeParse(json);
  if (!parsed.success) return failure(parsed.error.issues.map((issue) => issue.message).join('；'));
  const config = parsed.data;
  let ca = config.caCertificate ?? null;
  if (config.caCertificateFile !== undefined) {
    const caFile = isAbsolute(config.caCertificateFile)
      ? config.caCertificateFile
      : resolve(dirname(file), config.caCertificateFile);
    const caText = readText(caFile);
    if (caText === null) return failure(`找不到 CA 证书文件 ${caFile}`);
    const checked = z.string().includes('-----BEGIN CERTIFICATE-----').safeParse(caText);
    if (!checked.success) return failure(`${caFile} 不是 PEM 格式的证书`);
    ca = caText;
  }
  return ok({ url: config.platformUrl, ca, pins: config.publicKeyPins });
}
