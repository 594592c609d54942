import { z } from 'zod';
import { Settings } from './app';

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
 * What each field of deployment.json is called in Chinese: every mistake names the field in these words (and its
 * key, which IT types), never a schema path.
 */
export const deploymentFieldLabels: Record<string, string> = {
  platformUrl: '市平台地址',
  caCertificate: 'CA 证书',
  caCertificateFile: 'CA 证书文件',
  publicKeyPins: '证书公钥指纹',
  unit: '默认受理单位',
  'unit.name': '受理单位名称',
  'unit.code': '受理单位代码',
  'unit.districtCode': '受理单位所在行政区划代码',
  updateUrl: '更新地址',
  trainingMode: '培训模式',
};

/** The address of an update feed: the same rule as the platform's (https, plain http on loopback only). */
const updateUrl = z
  .string()
  .trim()
  .superRefine((url, context) => {
    const parsed = parseUrl(url);
    if (parsed === null)
      context.addIssue({
        code: 'custom',
        message: '地址无效，应形如 https://credit.example.gov.cn/updates/',
      });
    else if (parsed.scheme !== 'https' && !isLoopbackHost(parsed.host))
      context.addIssue({
        code: 'custom',
        message: '必须以 https:// 开头（加密连接）；明文 http:// 只允许本机回环地址',
      });
  });

/**
 * The default 受理单位 of the PCs this file configures, by the rules the settings apply to the same fields
 * (shared/domain/app.ts); an enrolment that names a unit still wins (the platform takes only that unit's items).
 */
export const DeploymentUnit = z
  .object({
    name: Settings.shape.department.min(1, '不能为空'),
    code: Settings.shape.departmentCode.min(1, '不能为空'),
    districtCode: z.string().regex(/^\d{6}$/, '应为 6 位数字的行政区划代码，如 410422'),
  })
  .strict();
export type DeploymentUnit = z.infer<typeof DeploymentUnit>;

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
      })
      // Only a training installation may do without a platform (offline, the demo data only).
      .optional(),
    caCertificate: pem.optional(),
    caCertificateFile: z.string().min(1, '不能为空').optional(),
    publicKeyPins: z.array(z.string().regex(/^[A-Za-z0-9+/]{43}=$/, deploymentMessages.badPin)).default([]),
    unit: DeploymentUnit.optional(),
    updateUrl: updateUrl.optional(),
    /** 培训模式: the demo data set and the demo accounts, in a data folder of their own, never a real platform. */
    trainingMode: z.boolean().default(false),
  })
  .strict()
  .superRefine((config, context) => {
    if (config.platformUrl === undefined && !config.trainingMode)
      context.addIssue({ code: 'custom', message: '缺少，必须填写', path: ['platformUrl'] });
    const https = config.platformUrl?.startsWith('https:') ?? false;
    if (https && config.caCertificate === undefined && config.caCertificateFile === undefined)
      context.addIssue({ code: 'custom', message: deploymentMessages.caRequired, path: ['caCertificate'] });
    if (config.caCertificate !== undefined && config.caCertificateFile !== undefined)
      context.addIssue({ code: 'custom', message: deploymentMessages.oneCa, path: ['caCertificate'] });
  });
export type DeploymentConfig = z.infer<typeof DeploymentConfig>;

const expected: Record<string, string> = {
  string: '应为文字（用英文双引号括起）',
  boolean: '应为 true 或 false（不加引号）',
  array: '应为列表（[ … ]）',
  object: '应为对象（{ … }）',
};

const fieldName = (path: readonly PropertyKey[]): string | null => {
  const key = path.filter((part) => typeof part === 'string').join('.');
  if (key === '') return null;
  return `字段 ${key}（${deploymentFieldLabels[key] ?? key}）`;
};

/**
 * One mistake of a deployment.json in Chinese, naming the field (its key, which IT types, and its Chinese name):
 * never zod's English words or a schema path.
 */
/** The value at a path of the parsed JSON (zod 4 leaves an issue's input out by default). */
const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (value, key) =>
      typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    input,
  );

export function deploymentIssueMessage(issue: z.core.$ZodIssue, input: unknown): string {
  const field = fieldName(issue.path);
  const where = (problem: string): string => (field === null ? problem : `${field}${problem}`);
  if (issue.message === '缺少，必须填写') return where(issue.message);
  if (issue.code === 'unrecognized_keys') {
    const known = Object.keys(deploymentFieldLabels).filter((key) => !key.includes('.'));
    return where(`有不认识的字段 ${issue.keys.join('、')}（请检查拼写；可用的字段：${known.join('、')}）`);
  }
  if (issue.code === 'invalid_type') {
    if (issue.path.length === 0) return '文件内容应为一个 JSON 对象（{ … }）';
    if (valueAt(input, issue.path) === undefined) return where('缺少，必须填写');
    return where(expected[issue.expected] ?? '类型不对');
  }
  // Our own rules (custom, regex, freeText) carry Chinese messages already.
  return where(`：${issue.message}`);
}

/** One CA certificate of the configuration as a person checks it: never the PEM itself. */
export const CaCertificateInfo = z.object({
  subject: z.string(),
  validTo: z.string(),
  /** SHA-256 of the certificate (DER), as colon-separated hex. */
  sha256: z.string(),
});
export type CaCertificateInfo = z.infer<typeof CaCertificateInfo>;

/**
 * The deployment configuration as 设置 › 部署配置 shows it (read-only), and what the sign-in screen needs to tell
 * IT where the file goes when there is none.
 */
export const DeploymentInfo = z.object({
  /** Where the configuration was read from, or where IT must put it (this OS's system-wide place). */
  file: z.string(),
  /** Whether a file was found and read. */
  configured: z.boolean(),
  /** A development platform named by PLATFORM_URL on loopback (or PLATFORM_URL=none): no file needed. */
  development: z.boolean(),
  platformUrl: z.string().nullable(),
  /** The CA certificate(s) trusted for the platform; empty: Node's own roots (a development platform). */
  caCertificates: z.array(CaCertificateInfo),
  pins: z.array(z.string()),
  unit: DeploymentUnit.nullable(),
  /** The update feed (the configured one, or <platformUrl>/updates/); null without a platform. */
  updateUrl: z.string().nullable(),
  trainingMode: z.boolean(),
});
export type DeploymentInfo = z.infer<typeof DeploymentInfo>;
