import { defineConfig } from 'vite';

// The renderer bundle, loaded from file:// by Electron and from loopback by the browser host: relative base.
export default defineConfig({
  root: 'renderer',
  base: './',
  build: { outDir: '../dist/renderer', emptyOutDir: true, chunkSizeWarningLimit: 2000, sourcemap: true },
  oxc: { jsx: { runtime: 'automatic' } },
});
