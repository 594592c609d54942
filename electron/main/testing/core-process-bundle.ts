import { build, type BuildOptions } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..', '..');

/**
 * The real core-process entry bundled as scripts/build.mjs bundles it (better-sqlite3 left to node_modules), and the
 * shim that runs it as a fake utility process, in .test-bundles/<name>/. Each test file uses its own name, so
 * files running in parallel never rebuild each other's bundle.
 */
export async function bundleCoreProcess(name: string): Promise<{ entry: string; shim: string }> {
  const dir = join(ROOT, '.test-bundles', name);
  mkdirSync(dir, { recursive: true });
  const common: BuildOptions = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'silent',
    external: ['electron', 'better-sqlite3'],
  };
  const entry = join(dir, 'core-process.cjs');
  const shim = join(dir, 'utility-process-shim.cjs');
  await Promise.all([
    build({ ...common, entryPoints: [join(ROOT, 'electron/core/process/core-process.ts')], outfile: entry }),
    build({ ...common, entryPoints: [join(__dirname, 'utility-process-shim.ts')], outfile: shim }),
  ]);
  return { entry, shim };
}
