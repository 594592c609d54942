import { createHash, X509Certificate } from 'node:crypto';
import type { CaCertificateInfo, DeploymentInfo, PlatformTarget } from '../../../shared/domain/deployment';
import { updateFeedUrl, type DeploymentSource } from './deployment';

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** A CA certificate as a person checks it against what the city's CA published: subject, expiry, fingerprint. */
function describeCertificate(pem: string): CaCertificateInfo {
  try {
    const certificate = new X509Certificate(pem);
    return {
      subject: certificate.subject.replace(/\n/g, ', '),
      validTo: certificate.validTo,
      sha256: certificate.fingerprint256,
    };
  } catch {
    // Refused by TLS anyway; shown so IT sees which block it is.
    const digest = createHash('sha256').update(pem).digest('hex').toUpperCase();
    return { subject: '（无法解析的证书）', validTo: '', sha256: digest.replace(/(..)(?!$)/g, '$1:') };
  }
}

/**
 * The deployment configuration for 设置 › 部署配置 and the sign-in screen: what IT configured (never the PEM
 * itself), or where the file must go. `current`: the platform in use when the file names none (PLATFORM_URL in
 * development, or the one this PC was enrolled at).
 */
export function deploymentInfo(source: DeploymentSource, current: PlatformTarget | null): DeploymentInfo {
  const config = source.config;
  const platform = config?.platform ?? current;
  return {
    file: source.file,
    configured: config !== null,
    development: source.development,
    platformUrl: platform?.url ?? null,
    caCertificates: (platform?.ca?.match(PEM_BLOCK) ?? []).map(describeCertificate),
    pins: platform?.pins ?? [],
    unit: config?.unit ?? null,
    updateUrl: updateFeedUrl(config ?? { platform, updateUrl: null }),
    trainingMode: config?.trainingMode ?? false,
  };
}
