import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// Packaging cannot run here (electron-builder downloads Electron), so its configuration is at least validated
// against electron-builder's own schema, with electron-builder's own validator, on every test run.
const ROOT = resolve(__dirname, '..');
const require = createRequire(__filename);
type Validate = (config: unknown, logger: { isEnabled: boolean; add: () => void }) => Promise<void>;
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration: Validate;
};

type Target = { target: string; arch: string[] };
type Config = {
  files: string[];
  extraResources: { from: string; to: string; filter: string[] }[];
  win: { target: Target[] };
  linux: {
    target: Target[];
    executableName: string;
    artifactName: string;
    maintainer: string;
    synopsis: string;
    description: string;
  };
  mac: { target: Target[] };
  nsis: { artifactName: string; include: string; perMachine: boolean; oneClick: boolean };
  deb: { artifactName: string; depends: string[] };
  dmg: { artifactName: string };
};
const config = parse(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Config;
const CJK = /[\u4e00-\u9fff]/;
const logger = { isEnabled: false, add: () => undefined };

describe('electron-builder.yml', () => {
  it('is valid for electron-builder', async () => {
    await expect(validateConfiguration(config, logger)).resolves.toBeUndefined();
  });

  it('is checked for real: an unknown option is refused', async () => {
    await expect(validateConfiguration({ ...config, notAnOption: true }, logger)).rejects.toThrow(
      /notAnOption/,
    );
  });

  it('ships the bundles the shell loads and the data the core reads', () => {
    // dist/electron: main, preload and the core process; dist/sync: the worker the core runs a bulk sync in.
    expect(config.files).toEqual(
      expect.arrayContaining(['dist/electron/**', 'dist/sync/**', 'dist/renderer/**']),
    );
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('dist/electron/main.cjs');
    expect(config.extraResources[0]).toMatchObject({ from: 'resources', to: 'resources' });
  });
});

describe('electron-builder.yml: the machines cities run', () => {
  const targets = (list: Target[]): Record<string, string[]> =>
    Object.fromEntries(list.map(({ target, arch }) => [target, [...arch].sort()]));

  it('builds the Windows x64 installer with NSIS, per machine, with the deployment script', () => {
    expect(targets(config.win.target)).toEqual({ nsis: ['x64'] });
    expect(config.nsis).toMatchObject({ perMachine: true, oneClick: false });
    expect(config.nsis.include).toBe('resources/build/installer.nsh');
    expect(existsSync(join(ROOT, config.nsis.include))).toBe(true);
  });

  it('builds deb and AppImage for x64 and arm64 (统信UOS, 麒麟 on Kunpeng/Phytium)', () => {
    expect(targets(config.linux.target)).toEqual({ deb: ['arm64', 'x64'], AppImage: ['arm64', 'x64'] });
    expect(config.linux.executableName).toMatch(/^[a-z0-9-]+$/);
  });

  it('builds a dmg for macOS (optional)', () => {
    expect(Object.keys(targets(config.mac.target))).toEqual(['dmg']);
  });

  it('names every artifact with its version and architecture', () => {
    for (const name of [
      config.nsis.artifactName,
      config.linux.artifactName,
      config.deb.artifactName,
      config.dmg.artifactName,
    ]) {
      expect(name).toContain('${version}');
      expect(name).toContain('${arch}');
      expect(name).toContain('${ext}');
    }
  });

  it('describes the deb in Chinese, with a maintainer and the key ring it needs', () => {
    expect(config.linux.maintainer).toMatch(/^.+ <[^<>\s]+@[^<>\s]+>$/);
    expect(config.linux.synopsis).toMatch(CJK);
    expect(config.linux.description).toMatch(CJK);
    expect(config.linux.description).toContain('/etc/credit-check-workbench/deployment.json');
    // A depends list replaces electron-builder's defaults: the key ring behind safeStorage must stay in it.
    expect(config.deb.depends).toEqual(expect.arrayContaining(['libgtk-3-0', 'libnss3', 'libsecret-1-0']));
  });
});

describe('electron-builder.training.yml', () => {
  const training = parse(readFileSync(join(ROOT, 'electron-builder.training.yml'), 'utf8')) as {
    extends: string;
    appId: string;
    extraResources: { filter: string[] }[];
  };
  const { extends: base, ...own } = training;

  it('extends the normal package, is valid, and installs beside a real one (its own appId)', async () => {
    expect(base).toBe('./electron-builder.yml');
    await expect(validateConfiguration({ ...config, ...own }, logger)).resolves.toBeUndefined();
    expect(training.appId).not.toBe((config as unknown as { appId: string }).appId);
  });

  it('alone ships the demo data and the demo accounts: the normal package has no resources/demo', () => {
    const filters = (resources: { filter: string[] }[]) => resources.flatMap((entry) => entry.filter);
    expect(filters(config.extraResources).some((filter) => filter.startsWith('demo/'))).toBe(false);
    expect(filters(training.extraResources)).toEqual(
      expect.arrayContaining(['demo/demo-data.json', 'demo/demo-users.json']),
    );
  });
});
