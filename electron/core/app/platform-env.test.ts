import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { systemDeploymentFile } from './deployment';
import { platformFromEnv } from './platform-env';

const CA = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
const PIN = 'n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A deployment.json (and what else is named) in a fresh folder; returns the file's path. */
function deploymentFile(config: unknown, extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'ccw-deployment-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  const file = join(dir, 'deployment.json');
  writeFileSync(file, typeof config === 'string' ? config : JSON.stringify(config));
  return file;
}

const NO_SYSTEM_FILE = join(tmpdir(), 'ccw-no-such-folder', 'deployment.json');
const env = (values: NodeJS.ProcessEnv) => platformFromEnv(values, NO_SYSTEM_FILE);

// The client never starts a platform (its bundles hold no platform code: scripts/bundles.test.ts); which one it
// may enrol at comes from the deployment configuration IT installs, or PLATFORM_URL on loopback for development.
describe('platformFromEnv', () => {
  it('with nothing configured: no platform named, no demo data, no enrolment code', () => {
    expect(env({ CCW_ENROL_CODE: 'ABCD-1234', CCW_DEMO_PLATFORM: '1' })).toEqual({
      ok: true,
      value: {
        platform: null,
        demoPlatform: false,
        withDemo: false,
        enrolmentCode: null,
        training: false,
        deployment: { file: NO_SYSTEM_FILE, development: false, config: null },
      },
    });
  });

  it('with PLATFORM_URL=none (or empty): offline, the demo data loaded locally', () => {
    for (const value of ['none', '', '  none ']) {
      expect(env({ PLATFORM_URL: value, CCW_ENROL_CODE: 'ABCD-1234' })).toEqual({
        ok: true,
        value: {
          platform: null,
          demoPlatform: false,
          withDemo: true,
          enrolmentCode: null,
          training: false,
          deployment: { file: NO_SYSTEM_FILE, development: true, config: null },
        },
      });
    }
  });

  it('with a loopback PLATFORM_URL: that platform, its one-time code, the demo mark when the script says so', () => {
    expect(
      env({ PLATFORM_URL: ' http://127.0.0.1:8420 ', CCW_ENROL_CODE: ' ABCD-1234 ', CCW_DEMO_PLATFORM: '1' }),
    ).toEqual({
      ok: true,
      value: {
        platform: { url: 'http://127.0.0.1:8420', ca: null, pins: [] },
        demoPlatform: true,
        withDemo: false,
        enrolmentCode: 'ABCD-1234',
        training: false,
        deployment: { file: NO_SYSTEM_FILE, development: true, config: null },
      },
    });
  });

  it('refuses PLATFORM_URL for any other address: the city platform comes from the deployment file', () => {
    for (const value of ['http://10.0.0.1:8420', 'https://credit.city.gov.cn', 'not a url']) {
      const loaded = env({ PLATFORM_URL: value });
      expect(loaded.ok).toBe(false);
      if (!loaded.ok) expect(loaded.error.code).toBe('DEPLOYMENT_INVALID');
    }
  });

  it('reads CCW_DEPLOYMENT_FILE: the URL, the CA from a file beside it, and the pins', () => {
    const file = deploymentFile(
      {
        platformUrl: 'https://credit.city.gov.cn:8420',
        caCertificateFile: 'city-ca.pem',
        publicKeyPins: [PIN],
      },
      { 'city-ca.pem': CA },
    );
    expect(env({ CCW_DEPLOYMENT_FILE: file, CCW_ENROL_CODE: 'ABCD-1234' })).toEqual({
      ok: true,
      value: {
        platform: { url: 'https://credit.city.gov.cn:8420', ca: CA, pins: [PIN] },
        demoPlatform: false,
        withDemo: false,
        enrolmentCode: 'ABCD-1234',
        training: false,
        deployment: {
          file,
          development: false,
          config: {
            file,
            platform: { url: 'https://credit.city.gov.cn:8420', ca: CA, pins: [PIN] },
            unit: null,
            updateUrl: 'https://credit.city.gov.cn:8420/updates/',
            trainingMode: false,
          },
        },
      },
    });
  });

  it('reads the system-wide file when no file is named, with the CA inline', () => {
    const file = deploymentFile({ platformUrl: 'https://credit.city.gov.cn', caCertificate: CA });
    expect(platformFromEnv({}, file)).toEqual({
      ok: true,
      value: {
        platform: { url: 'https://credit.city.gov.cn', ca: CA, pins: [] },
        demoPlatform: false,
        withDemo: false,
        enrolmentCode: null,
        training: false,
        deployment: {
          file,
          development: false,
          config: {
            file,
            platform: { url: 'https://credit.city.gov.cn', ca: CA, pins: [] },
            unit: null,
            updateUrl: 'https://credit.city.gov.cn/updates/',
            trainingMode: false,
          },
        },
      },
    });
  });

  it('refuses a configuration that would trust a platform it cannot verify, in Chinese', () => {
    const refused = [
      deploymentFile({ platformUrl: 'http://10.0.0.1:8420' }),
      deploymentFile({ platformUrl: 'https://credit.city.gov.cn' }),
      deploymentFile({ platformUrl: 'https://credit.city.gov.cn', caCertificate: CA, publicKeyPins: ['x'] }),
      deploymentFile({ platformUrl: 'https://credit.city.gov.cn', caCertificateFile: 'missing.pem' }),
      deploymentFile({ platformUrl: 'https://credit.city.gov.cn', caCertificate: 'not a certificate' }),
      deploymentFile({ platformUrl: 'https://credit.city.gov.cn', caCertificate: CA, extra: 1 }),
      deploymentFile('{ not json'),
      join(tmpdir(), 'ccw-no-such-folder', 'named.json'),
    ];
    for (const file of refused) {
      const loaded = env({ CCW_DEPLOYMENT_FILE: file });
      expect(loaded.ok, file).toBe(false);
      if (!loaded.ok) {
        expect(loaded.error.code).toBe('DEPLOYMENT_INVALID');
        expect(loaded.error.message).toMatch(/^部署配置文件有误/);
      }
    }
  });

  it('in 培训模式 (trainingMode: true), and only then, loads the demo data: with or without a platform', () => {
    const offline = env({ CCW_DEPLOYMENT_FILE: deploymentFile({ trainingMode: true }) });
    expect(offline.ok && offline.value).toMatchObject({ platform: null, withDemo: true, training: true });
    const demoPlatform = env({
      CCW_DEPLOYMENT_FILE: deploymentFile({ platformUrl: 'http://127.0.0.1:8420', trainingMode: true }),
      CCW_ENROL_CODE: 'ABCD-1234',
    });
    expect(demoPlatform.ok && demoPlatform.value).toMatchObject({
      platform: { url: 'http://127.0.0.1:8420' },
      withDemo: true,
      training: true,
      enrolmentCode: 'ABCD-1234',
    });
    const real = env({
      CCW_DEPLOYMENT_FILE: deploymentFile({ platformUrl: 'http://127.0.0.1:8420', trainingMode: false }),
    });
    expect(real.ok && real.value).toMatchObject({ withDemo: false, training: false });
  });

  it('knows where IT installs the file on each OS', () => {
    expect(systemDeploymentFile('win32', { ProgramData: 'C:\\ProgramData' })).toContain('信用核查工作台');
    expect(systemDeploymentFile('darwin', {})).toBe(
      '/Library/Application Support/信用核查工作台/deployment.json',
    );
    expect(systemDeploymentFile('linux', {})).toBe('/etc/credit-check-workbench/deployment.json');
  });
});
