import { z } from 'zod';

/**
 * The platform a PC may enrol at and how it recognises it: the deployment configuration IT installs with the
 * client (docs/deployment.md), never what someone types at the sign-in screen. Plain data, so it crosses into
 * the sync worker as it is.
 */
export type PlatformTarget = {
  /** https://…, or http://… on a loopback address only (a development platform on this PC). */
  url: string;
  /** The city's CA certificate(s), PEM: the only roots trusted for this platform; null: Node's own roots. */
  ca: string | null;
  /** Expected sha256 of the platform certificate's public key (SubjectPublicKeyInfo, base64); empty: any key. */
  pins: string[];
};

/** A platform named without a trust anchor of its own (a development platform on loopback, the tests). */
export const platformAt = (url: string): PlatformTarget => ({ url, ca: null, pins: [] });

export const deploymentMessages = {
  notConfigured: '本机未配置市平台地址，请联系管理员配置市平台地址',
  insecure: '市平台地址必须以 https:// 开头（加密连接）；明文 http:// 只允许本机回环地址上的开发平台',
  badUrl: '市平台地址无效，应形如 https://credit.example.gov.cn:8420',
  caRequired: 'https 市平台须在部署配置中给出市 CA 证书（caCertificate 或 caCertificateFile）',
  oneCa: 'caCertificate 与 caCertificateFile 只能给出其一',
  badPin: '证书公钥指纹应为 44 个字符的 base64（SHA-256）',
  badCa: 'CA 证书应为 PEM 格式（以 -----BEGIN CERTIFICATE----- 开头）',
} as const;

const LOOPBACK_NAMES = new Set(['localhost', '[::1]']);

/** Whether a URL's host is this PC itself (127.0.0.0/8, ::1, localhost): nothing crosses a network. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return LOOPBACK_NAMES.has(host) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * Why a client may not talk to this address, or null if it may: https anywhere, plain http only on loopback
 * (passwords, device tokens and the outbox must not cross a network in clear).
 */
export function platformUrlProblem(url: string): { code: string; message: string } | null {
  const parsed = parseUrl(url);
  if (parsed === null) return { code: 'PLATFORM_URL_INVALID', message: deploymentMessages.badUrl };
  if (parsed.scheme === 'https') return null;
  if (isLoopbackHost(parsed.host)) return null;
  return { code: 'PLATFORM_INSECURE', message: deploymentMessages.insecure };
}

/** Scheme and host of an http(s) URL (shared/ has no URL class: it runs anywhere). */
export function parseUrl(url: string): { scheme: 'http' | 'https'; host: string } | null {
  const match = /^(https?):\/\/(\[[0-9a-fA-F:.]+\]|[^/:?#[\]@\s]+)(?::(\d{1,5}))?(?:[/?#]\S*)?$/i.exec(url);
  if (match === null) return null;
  const scheme = match[1]?.toLowerCase() === 'https' ? 'https' : 'http';
  return { scheme, host: match[2] ?? '' };
}

const pem = z
  .string()
  .refine((text) => text.includes('-----BEGIN CERTIFICATE-----'), { message: deploymentMessages.badCa });

/**
 * The deployment configuration file (deployment.json). The CA certificate is inline (`caCertificate`) or in a
 * file beside this one (`caCertificateFile`, relative to it); the loader turns either into a PlatformTarget.
 */
export const DeploymentConfig = z
  .object({
    platformUrl: z
      .string()
      .trim()
      .superRefine((url, context) => {
        const problem = platformUrlProblem(url);
        if (problem !== null) context.addIssue({ code: 'custom', message: problem.message });
      }),
    caCertificate: pem.optional(),
    caCertificateFile: z.string().min(1).optional(),
    publicKeyPins: z.array(z.string().regex(/^[A-Za-z0-9+/]{43}=$/, deploymentMessages.badPin)).default([]),
  })
  .strict()
  .superRefine((config, context) => {
    const https = config.platformUrl.startsWith('https:');
    if (https && config.caCertificate === undefined && config.caCertificateFile === undefined)
      context.addIssue({ code: 'custom', message: deploymentMessages.caRequired, path: ['caCertificate'] });
    if (config.caCertificate !== undefined && config.caCertificateFile !== undefined)
      context.addIssue({ code: 'custom', message: deploymentMessages.oneCa, path: ['caCertificate'] });
  });
export type DeploymentConfig = z.infer<typeof DeploymentConfig>;
