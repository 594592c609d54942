// Builds everything `npm start` and the tests run: the renderer bundle (Vite) and the Node-side bundles
// (esbuild): the Electron main and preload, and the browser host. Native better-sqlite3 stays external.
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import { existsSync, rmSync } from 'node:fs';

const watch = false;
rmSync('dist', { recursive: true, force: true });

await vite({ configFile: 'vite.config.mts', logLevel: 'warn' });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  external: ['electron', 'better-sqlite3'],
};

await Promise.all([
  esbuild({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.cjs' }),
  // A sandboxed preload may require only 'electron': everything else is bundled in.
  esbuild({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs' }),
  esbuild({ ...common, entryPoints: ['electron/browser/host.ts'], outfile: 'dist/browser/host.cjs' }),
  // Bulk sync runs in a worker thread of whichever host runs the core.
  esbuild({
    ...common,
    entryPoints: ['electron/core/sync/sync-worker.ts'],
    outfile: 'dist/sync/sync-worker.cjs',
  }),
  ...(existsSync('platform/main.ts')
    ? [esbuild({ ...common, entryPoints: ['platform/main.ts'], outfile: 'dist/platform/platform.cjs' })]
    : []),
]);

if (!watch) console.log('构建完成：dist/renderer, dist/electron, dist/browser, dist/platform');
