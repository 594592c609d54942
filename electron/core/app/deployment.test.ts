import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDeploymentFile, updateFeedUrl } from './deployment';

const CA = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
const BASE = { platformUrl: 'https://credit.city.gov.cn:8420', caCertificate: CA };
const UNIT = { name: '叶县政务服务中心', code: '11410422MB1234567X', districtCode: '410422' };

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function load(config: unknown) {
  const dir = mkdtempSync(join(tmpdir(), 'ccw-deployment-'));
  dirs.push(dir);
  const file = join(dir, 'deployment.json');
  writeFileSync(file, typeof config === 'string' ? config : JSON.stringify(config));
  return { file, loaded: loadDeploymentFile(file, false) };
}

/** The error a person reads: Chinese, naming the field by its key and its Chinese name, never zod's words. */
function refusal(config: unknown): string {
  const { loaded } = load(config);
  if (loaded.ok) throw new Error(`accepted: ${JSON.stringify(config)}`);
  expect(loaded.error.code).toBe('DEPLOYMENT_INVALID');
  expect(loaded.error.message).toMatch(/^部署配置文件有误：/);
  expect(loaded.error.message).not.toMatch(/Invalid|expected|received|Unrecognized|Too (small|big)|\[\d|\["/);
  return loaded.error.message;
}

describe('loadDeploymentFile: the complete configuration', () => {
  it('reads the default unit, the update address and training mode into one object', () => {
    const { file, loaded } = load({
      ...BASE,
      unit: UNIT,
      updateUrl: 'https://updates.city.gov.cn/ccw/',
      trainingMode: false,
    });
    expect(loaded).toEqual({
      ok: true,
      value: {
        file,
        platform: { url: BASE.platformUrl, ca: CA, pins: [] },
        unit: UNIT,
        updateUrl: 'https://updates.city.gov.cn/ccw/',
        trainingMode: false,
      },
    });
  });

  it('defaults the update feed to <platformUrl>/updates/ and training mode to off', () => {
    const { loaded } = load(BASE);
    expect(loaded.ok && loaded.value).toMatchObject({
      unit: null,
      updateUrl: 'https://credit.city.gov.cn:8420/updates/',
      trainingMode: false,
    });
  });

  it('lets only a training installation do without a platform', () => {
    const { loaded } = load({ trainingMode: true });
    expect(loaded.ok && loaded.value).toMatchObject({ platform: null, updateUrl: null, trainingMode: true });
    expect(refusal({})).toContain('字段 platformUrl（市平台地址）缺少，必须填写');
    expect(refusal({ trainingMode: false })).toContain('字段 platformUrl（市平台地址）缺少，必须填写');
  });

  it.each([
    [{ ...BASE, platformUrl: 8420 }, '字段 platformUrl（市平台地址）应为文字'],
    [
      { ...BASE, platformUrl: 'http://10.0.0.1:8420' },
      '字段 platformUrl（市平台地址）：市平台地址必须以 https://',
    ],
    [{ ...BASE, platformUrl: 'credit.city.gov.cn' }, '字段 platformUrl（市平台地址）：市平台地址无效'],
    [
      { platformUrl: BASE.platformUrl },
      '字段 caCertificate（CA 证书）：https 市平台须在部署配置中给出市 CA 证书',
    ],
    [{ ...BASE, caCertificate: 'not a certificate' }, '字段 caCertificate（CA 证书）：CA 证书应为 PEM 格式'],
    [{ ...BASE, caCertificateFile: 'ca.pem' }, 'caCertificate 与 caCertificateFile 只能给出其一'],
    [
      { platformUrl: BASE.platformUrl, caCertificateFile: '' },
      '字段 caCertificateFile（CA 证书文件）：不能为空',
    ],
    [
      { platformUrl: BASE.platformUrl, caCertificateFile: 'missing.pem' },
      '字段 caCertificateFile（CA 证书文件）：找不到',
    ],
    [{ ...BASE, publicKeyPins: 'abc' }, '字段 publicKeyPins（证书公钥指纹）应为列表'],
    [
      { ...BASE, publicKeyPins: ['abc'] },
      '字段 publicKeyPins（证书公钥指纹）：证书公钥指纹应为 44 个字符的 base64',
    ],
    [{ ...BASE, unit: '叶县' }, '字段 unit（默认受理单位）应为对象'],
    [{ ...BASE, unit: { ...UNIT, name: '' } }, '字段 unit.name（受理单位名称）：不能为空'],
    [{ ...BASE, unit: { ...UNIT, name: '叶'.repeat(101) } }, '字段 unit.name（受理单位名称）：部门名称过长'],
    [
      { ...BASE, unit: { ...UNIT, name: '叶县\u202e中心' } },
      '字段 unit.name（受理单位名称）：含有改变文字方向',
    ],
    [{ code: UNIT.code, districtCode: UNIT.districtCode }, '字段 unit.name（受理单位名称）缺少，必须填写'],
    [{ ...BASE, unit: { ...UNIT, code: '' } }, '字段 unit.code（受理单位代码）：不能为空'],
    [{ ...BASE, unit: { ...UNIT, code: 'X'.repeat(33) } }, '字段 unit.code（受理单位代码）：部门代码过长'],
    [
      { ...BASE, unit: { ...UNIT, districtCode: '4104' } },
      '字段 unit.districtCode（受理单位所在行政区划代码）：应为 6 位数字',
    ],
    [{ ...BASE, unit: { ...UNIT, district: '410422' } }, '字段 unit（默认受理单位）有不认识的字段 district'],
    [{ ...BASE, updateUrl: 'ftp://updates' }, '字段 updateUrl（更新地址）：地址无效'],
    [
      { ...BASE, updateUrl: 'http://updates.city.gov.cn/' },
      '字段 updateUrl（更新地址）：必须以 https:// 开头',
    ],
    [{ ...BASE, trainingMode: 'yes' }, '字段 trainingMode（培训模式）应为 true 或 false'],
    [{ ...BASE, publicKeyPin: [] }, '有不认识的字段 publicKeyPin（请检查拼写'],
    [[], '文件内容应为一个 JSON 对象'],
    ['{ not json', '不是有效的 JSON'],
  ])('refuses %j: %s', (config, expected) => {
    const withUnitBase =
      typeof config === 'object' && config !== null && 'code' in config ? { ...BASE, unit: config } : config;
    expect(refusal(withUnitBase)).toContain(expected);
  });

  it('accepts http update and platform addresses on loopback only', () => {
    const { loaded } = load({
      platformUrl: 'http://127.0.0.1:8420',
      updateUrl: 'http://localhost:9000/feed/',
    });
    expect(loaded.ok && loaded.value?.updateUrl).toBe('http://localhost:9000/feed/');
  });
});

describe('updateFeedUrl', () => {
  const platform = { url: 'https://credit.city.gov.cn:8420/', ca: null, pins: [] };
  it('is the configured address, else <platformUrl>/updates/, else none', () => {
    expect(updateFeedUrl({ platform, updateUrl: 'https://u.example/feed/' })).toBe('https://u.example/feed/');
    expect(updateFeedUrl({ platform, updateUrl: null })).toBe('https://credit.city.gov.cn:8420/updates/');
    expect(updateFeedUrl({ platform: null, updateUrl: null })).toBeNull();
    expect(updateFeedUrl(null)).toBeNull();
  });
});
