import { build } from 'esbuild';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// What each shipped bundle is made of, from esbuild's own account of its inputs (the entries and settings of
// scripts/build.mjs): the desktop side carries nothing of the platform server, and the platform nothing of the
// client.
const ROOT = resolve(__dirname, '..');

async function inputsOf(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [resolve(ROOT, entry)],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    write: false,
    metafile: true,
    logLevel: 'silent',
    external: ['electron', 'better-sqlite3'],
    absWorkingDir: ROOT,
  });
  return Object.keys(result.metafile.inputs);
}

const serverPackages = /node_modules\/(fastify|@fastify|pino|ajv|avvio|find-my-way|light-my-request)\//;

describe('bundles', () => {
  it.each([
    'electron/main/main.ts',
    'electron/preload/preload.ts',
    'electron/browser/host.ts',
    'electron/core/sync/sync-worker.ts',
    'electron/core/process/core-process.ts',
  ])('%s holds no platform code and no server framework', async (entry) => {
    const inputs = await inputsOf(entry);
    expect(inputs.length).toBeGreaterThan(10);
    expect(inputs.filter((input) => input.startsWith('platform/'))).toEqual([]);
    expect(inputs.filter((input) => serverPackages.test(input))).toEqual([]);
  });

  it('the Electron main process holds no database: the core and SQLite are in the core process', async () => {
    const main = await inputsOf('electron/main/main.ts');
    expect(main.filter((input) => input.startsWith('node-shared/'))).toEqual([]);
    expect(main).not.toContain('electron/core/core.ts');
    expect(main.filter((input) => /^electron\/core\/(db|sync|check|subjects)\//.test(input))).toEqual([]);
    const core = await inputsOf('electron/core/process/core-process.ts');
    expect(core).toContain('electron/core/core.ts');
    expect(core).toContain('node-shared/db/connection.ts');
  });

  it('the platform server holds no client code', async () => {
    const inputs = await inputsOf('platform/main.ts');
    expect(inputs.some((input) => input.includes('node_modules/fastify/'))).toBe(true);
    expect(inputs.filter((input) => input.startsWith('electron/') || input.startsWith('renderer/'))).toEqual(
      [],
    );
  });
});
