// Builds everything `npm start` and the tests run: the renderer bundle (Vite) and the Node-side bundles
// (esbuild): the Electron main and preload, the core process main starts, the sync worker, and the browser host.
// Native better-sqlite3 stays external.
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const watch = false;
// CCW_DIST_DIR builds elsewhere (dist-<name>/), so two builds on one checkout never delete each other's files
// while an end-to-end run uses them; the tests read the same variable.
const out = process.env.CCW_DIST_DIR ?? 'dist';
rmSync(out, { recursive: true, force: true });

await vite({
  configFile: 'vite.config.mts',
  logLevel: 'warn',
  build: { outDir: resolve(out, 'renderer') },
});

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
  esbuild({ ...common, entryPoints: ['electron/main/main.ts'], outfile: `${out}/electron/main.cjs` }),
  // The core (database, services, sync) in the utility process main starts (electron/main/core-client.ts).
  esbuild({
    ...common,
    entryPoints: ['electron/core/process/core-process.ts'],
    outfile: `${out}/electron/core-process.cjs`,
  }),
  // A sandboxed preload may require only 'electron': everything else is bundled in.
  esbuild({
    ...common,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: `${out}/electron/preload.cjs`,
  }),
  esbuild({ ...common, entryPoints: ['electron/browser/host.ts'], outfile: `${out}/browser/host.cjs` }),
  // Bulk sync runs in a worker thread of whichever process runs the core (the core process, the browser host).
  esbuild({
    ...common,
    entryPoints: ['electron/core/sync/sync-worker.ts'],
    outfile: `${out}/sync/sync-worker.cjs`,
  }),
  ...(existsSync('platform/main.ts')
    ? [esbuild({ ...common, entryPoints: ['platform/main.ts'], outfile: `${out}/platform/platform.cjs` })]
    : []),
  // The PostgreSQL engine's worker thread, next to the platform bundle that starts it (pg from node_modules).
  ...(existsSync('platform/db/pg/engine-worker.mjs')
    ? [
        esbuild({
          ...common,
          format: 'esm',
          external: ['pg'],
          entryPoints: ['platform/db/pg/engine-worker.mjs'],
          outfile: `${out}/platform/engine-worker.mjs`,
        }),
      ]
    : []),
]);

if (!watch) console.log('构建完成：dist/renderer, dist/electron, dist/browser, dist/platform');
