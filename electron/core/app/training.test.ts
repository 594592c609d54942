import { cpSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppInfo } from '../../../shared/domain/app';
import { DeploymentInfo } from '../../../shared/domain/deployment';
import { createCore } from '../core';
import { dispatch } from '../ipc/dispatch';
import { DATABASE_FILE } from '../db/open-cache';
import { newCacheKey, openTempCore, RESOURCES_DIR, tempDir } from '../testing/temp-core';
import { getMeta } from './meta.repo';
import { platformFromEnv } from './platform-env';
import { TRAINING_FOLDER } from './training';

const UNIT = { name: '叶县政务服务中心', code: '11410422MB1234567X', districtCode: '410422' };
const DEMO_ACCOUNT = { username: 'wangfang', password: 'demo1234' };

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

/** The platform settings a host reads from a deployment.json with these fields (platform-env.ts). */
function fromDeployment(config: object) {
  const dir = tempDir('ccw-deployment-');
  cleanups.push(dir.remove);
  const file = join(dir.path, 'deployment.json');
  writeFileSync(file, JSON.stringify(config));
  const loaded = platformFromEnv({ CCW_DEPLOYMENT_FILE: file }, join(dir.path, 'none.json'));
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.value;
}

/** A core as a host opens it from those settings (browser/host.ts, process/core-process-server.ts). */
function openFrom(config: object, resourcesDir = RESOURCES_DIR) {
  const env = fromDeployment(config);
  const core = openTempCore({
    platform: env.platform,
    withDemo: env.withDemo,
    training: env.training,
    deployment: env.deployment,
    resourcesDir,
    signedInAs: null,
  });
  cleanups.push(core.dispose);
  return core;
}

describe('培训模式', () => {
  it('is chosen by trainingMode: the demo data and accounts, in a data folder of its own, said on every page', async () => {
    const core = openFrom({ trainingMode: true });
    expect(existsSync(join(core.dataDir, TRAINING_FOLDER, DATABASE_FILE))).toBe(true);
    expect(existsSync(join(core.dataDir, DATABASE_FILE))).toBe(false);
    const info = await dispatch(core.handlers, 'app:info', {});
    expect(info.ok && info.value).toMatchObject({
      trainingMode: true,
      demoData: true,
      dataDir: join(core.dataDir, TRAINING_FOLDER),
    });
    expect((await dispatch(core.handlers, 'auth:sign-in', DEMO_ACCOUNT)).ok).toBe(true);
  });

  it('refuses to start, in Chinese, where this installation has no training data', () => {
    const resources = tempDir('ccw-resources-');
    cleanups.push(resources.remove);
    for (const folder of ['catalogue', 'rules'])
      cpSync(join(RESOURCES_DIR, folder), join(resources.path, folder), { recursive: true });
    const env = fromDeployment({ trainingMode: true });
    const data = tempDir();
    cleanups.push(data.remove);
    const created = createCore({
      dataDir: data.path,
      cacheKey: newCacheKey(),
      resourcesDir: resources.path,
      host: 'browser',
      version: 'test',
      withDemo: env.withDemo,
      training: env.training,
    });
    expect(created.ok).toBe(false);
    if (!created.ok) {
      expect(created.error.code).toBe('TRAINING_DATA_MISSING');
      expect(created.error.message).toContain('本安装没有培训数据');
    }
  });

  // The attack: a real installation that happens to ship resources/demo (a training build installed as the real
  // one, or files copied in) must never load the demo data or let the published demo password sign in.
  it('never happens without trainingMode: a configured PC loads no demo data and no demo account, even with resources/demo', async () => {
    expect(existsSync(join(RESOURCES_DIR, 'demo', 'demo-users.json'))).toBe(true);
    const core = openFrom({ platformUrl: 'http://127.0.0.1:1' });
    expect(getMeta(core.db, 'demo_data')).toBeNull();
    const info = await dispatch(core.handlers, 'app:info', {});
    expect(info.ok && info.value).toMatchObject({
      trainingMode: false,
      demoData: false,
      dataDir: core.dataDir,
    });
    const signIn = await dispatch(core.handlers, 'auth:sign-in', DEMO_ACCOUNT);
    expect(signIn.ok).toBe(false);
    const count = core.db.prepare('SELECT count(*) AS n FROM subjects').get() as { n: number };
    expect(count.n).toBe(0);
  });
});

describe('设置 › 部署配置', () => {
  it('fills an empty 受理单位 from the deployment, and shows the configuration (never the PEM)', async () => {
    const core = openFrom({ platformUrl: 'http://127.0.0.1:1', unit: UNIT });
    const info = await dispatch(core.handlers, 'app:info', {});
    expect(info.ok && AppInfo.parse(info.value).settings).toMatchObject({
      department: UNIT.name,
      departmentCode: UNIT.code,
      districtCode: UNIT.districtCode,
    });
    const shown = await dispatch(core.handlers, 'app:deployment', {});
    expect(shown.ok && DeploymentInfo.parse(shown.value)).toMatchObject({
      configured: true,
      development: false,
      platformUrl: 'http://127.0.0.1:1',
      caCertificates: [],
      unit: UNIT,
      updateUrl: 'http://127.0.0.1:1/updates/',
      trainingMode: false,
    });
  });

  it('never overwrites a 受理单位 someone set (an administrator, or the platform at enrolment)', async () => {
    const first = openTempCore({ withDemo: false });
    cleanups.push(first.dispose);
    const set = {
      department: '郏县政务服务中心',
      departmentCode: '11410425MB0000000A',
      districtCode: '410425',
    };
    expect((await dispatch(first.handlers, 'settings:update', set)).ok).toBe(true);
    first.close();
    const again = createCore({
      dataDir: first.dataDir,
      cacheKey: first.cacheKey,
      resourcesDir: RESOURCES_DIR,
      host: 'browser',
      version: 'test',
      withDemo: false,
      deployment: {
        file: '/etc/credit-check-workbench/deployment.json',
        development: false,
        config: { file: 'x', platform: null, unit: UNIT, updateUrl: null, trainingMode: false },
      },
    });
    if (!again.ok) throw new Error(again.error.message);
    cleanups.push(again.value.close);
    expect(again.value.db.prepare("SELECT value FROM meta WHERE key = 'settings'").get()).toMatchObject({
      value: expect.stringContaining(set.department) as unknown,
    });
  });

  it('without a file says where IT must put it', async () => {
    const core = openTempCore({ withDemo: false, signedInAs: null });
    cleanups.push(core.dispose);
    const shown = await dispatch(core.handlers, 'app:deployment', {});
    expect(shown.ok && shown.value).toMatchObject({
      configured: false,
      platformUrl: null,
      trainingMode: false,
    });
    expect(shown.ok && DeploymentInfo.parse(shown.value).file).toMatch(/deployment\.json$/);
  });
});
