import { defineConfig } from 'vite';

// The renderer bundle, loaded from app://workbench/ by Electron (app-protocol.ts) and from loopback by the browser
// host: relative base, so asset URLs resolve under either origin.
export default defineConfig({
  root: 'renderer',
  base: './',
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    sourcemap: true,
    rollupOptions: {
      // MUI marks its modules 'use client' for React Server Components; meaningless in this bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  oxc: { jsx: { runtime: 'automatic' } },
});
