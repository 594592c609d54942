import { readFileSync } from 'node:fs';
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

const config = parse(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as {
  files: string[];
  extraResources: { from: string; to: string; filter: string[] }[];
};
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
