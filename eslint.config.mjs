// Type-aware lint for the whole tree, plus the process boundaries of DESIGN.md as import rules:
// the path tells the process, and a wrong import is a lint error.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

// What each folder may not import, by path: every folder that is not below it.
const forbidden = {
  shared: [
    '**/node-shared/**',
    '**/electron/**',
    '**/core/**',
    '**/renderer/**',
    '**/platform/**',
    '**/integration/**',
  ],
  'node-shared': ['**/electron/**', '**/core/**', '**/renderer/**', '**/platform/**', '**/integration/**'],
  core: [
    '**/main/**',
    '**/preload/**',
    '**/browser/**',
    '**/renderer/**',
    '**/platform/**',
    '**/integration/**',
  ],
  browser: ['**/main/**', '**/preload/**', '**/renderer/**', '**/platform/**', '**/integration/**'],
  main: [
    '**/node-shared/**',
    '**/browser/**',
    '**/preload/**',
    '**/renderer/**',
    '**/platform/**',
    '**/integration/**',
  ],
  preload: [
    '**/node-shared/**',
    '**/core/**',
    '**/main/**',
    '**/browser/**',
    '**/renderer/**',
    '**/platform/**',
    '**/integration/**',
  ],
  platform: ['**/electron/**', '**/core/**', '**/renderer/**', '**/integration/**'],
  'platform-tests': ['**/electron/**', '**/core/**', '**/renderer/**', '**/integration/**'],
  'client-tests': ['**/platform/**', '**/integration/**'],
  renderer: ['**/node-shared/**', '**/electron/**', '**/core/**', '**/platform/**', '**/integration/**'],
  // Tests that put a real client core and a real platform together; they never need a screen.
  integration: ['**/renderer/**', '**/e2e/**'],
  // Drives the built app through a browser and the platform as a process: only the pure shared/ layer.
  e2e: [
    '**/node-shared/**',
    '**/electron/**',
    '**/core/**',
    '**/renderer/**',
    '**/platform/**',
    '**/integration/**',
  ],
};
const above = (zone) => forbidden[zone];

// One no-restricted-imports setting from several groups, each with its own message. A later config block that sets
// the rule replaces an earlier one's options, so a block narrowing a zone repeats the zone's own groups.
const restrictAll = (...groups) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: groups.flatMap(({ paths, message }) => paths.map((name) => ({ name, message }))),
      patterns: groups.flatMap(({ patterns, message }) =>
        patterns.map((group) => ({ group: [group], message })),
      ),
    },
  ],
});
const restrict = (paths, patterns, message) => restrictAll({ paths, patterns, message });

const rendererImports = {
  paths: ['electron', 'better-sqlite3', 'axios', 'fastify', ...nodeBuiltins],
  patterns: above('renderer'),
  message: 'renderer/ talks to the core only through the contract transport.',
};

// The renderer's features do not import each other: what two features use lives in renderer/app
// (docs/renderer-layout.md). Each feature folder refuses every other one, by the long path (../../features/y/…)
// and by the sibling one (../y/…, ../../y/… from a subfolder); a pattern naming a folder covers what is in it.
const rendererFeatures = readdirSync(join(import.meta.dirname, 'renderer/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const featureZones = rendererFeatures.map((feature) => ({
  files: [`renderer/features/${feature}/**/*.ts`, `renderer/features/${feature}/**/*.tsx`],
  rules: restrictAll(rendererImports, {
    paths: [],
    patterns: rendererFeatures
      .filter((other) => other !== feature)
      .flatMap((other) => [`**/features/${other}`, `**/../${other}`]),
    message:
      'a renderer feature does not import another feature: what two features use lives in renderer/app.',
  }),
}));

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'dist-*/**',
      '.tsbuild/**',
      'test-results/**',
      'playwright-report/**',
      'e2e/artifacts/**',
      'native/**',
      'release/**',
      'scripts/.generate-demo-data.mjs',
      'scripts/.bench.cjs',
      'scripts/.bench-sync.cjs',
      'scripts/.bench-platform.cjs',
      'scripts/.crash-campaign.cjs',
      'bench-results/**',
      '.test-bundles/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: [
          './tsconfig.shared.json',
          './tsconfig.node-shared.json',
          './tsconfig.core.json',
          './tsconfig.shell.json',
          './tsconfig.browser-host.json',
          './tsconfig.platform.json',
          './tsconfig.renderer.json',
          './tsconfig.tools.json',
        ],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { ...globals.node },
    },
  },
  {
    files: ['*.config.mts', '*.config.mjs', 'eslint.config.mjs', 'playwright.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  // The zones: each folder imports only the layers below it (docs/architecture.md). tsconfig project references
  // say the same to the compiler; eslint-zones.test.ts shows a wrong import refused in every zone.
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: restrict(
      ['electron', 'react', 'react-dom', 'better-sqlite3', 'axios', 'fastify', ...nodeBuiltins],
      ['@mui/*', 'zustand', ...above('shared')],
      'shared/ is pure: no Electron, Node, DOM, React or host code.',
    ),
  },
  {
    files: ['node-shared/**/*.ts'],
    ignores: ['node-shared/**/*.test.ts'],
    rules: restrict(
      ['electron', 'react', 'react-dom', 'axios', 'fastify'],
      ['@mui/*', 'zustand', ...above('node-shared')],
      'node-shared/ serves the client core and the platform alike: it imports shared/ only.',
    ),
  },
  {
    files: ['electron/core/**/*.ts'],
    ignores: ['electron/core/**/*.test.ts'],
    rules: restrict(
      ['electron', 'react', 'react-dom', 'fastify'],
      ['@mui/*', 'zustand', ...above('core')],
      'the core never imports Electron, a host, the UI or the platform.',
    ),
  },
  {
    files: ['electron/browser/**/*.ts'],
    ignores: ['electron/browser/**/*.test.ts'],
    rules: restrict(
      ['electron', 'react', 'react-dom', 'fastify'],
      ['@mui/*', 'zustand', ...above('browser')],
      'the browser host serves the core: it never imports Electron, the shell, the UI or the platform.',
    ),
  },
  {
    files: ['electron/main/**/*.ts'],
    ignores: ['electron/main/**/*.test.ts', 'electron/main/testing/**'],
    rules: restrict(
      ['react', 'react-dom', 'fastify', 'better-sqlite3'],
      ['@mui/*', 'zustand', ...above('main')],
      'the shell wires windows, menus, dialogs and printing to the core; it holds no data code and no platform.',
    ),
  },
  {
    files: ['electron/preload/**/*.ts'],
    ignores: ['electron/preload/**/*.test.ts'],
    rules: restrict(
      ['react', 'react-dom', 'fastify', 'better-sqlite3', 'axios', ...nodeBuiltins],
      ['@mui/*', 'zustand', ...above('preload')],
      'a sandboxed preload may use only electron and the contract in shared/.',
    ),
  },
  {
    files: ['platform/**/*.ts'],
    ignores: ['platform/**/*.test.ts'],
    rules: restrict(
      ['electron', 'react', 'react-dom'],
      ['@mui/*', 'zustand', ...above('platform')],
      'the platform is a server of its own: it imports node-shared/ and shared/ only, never the client.',
    ),
  },
  {
    files: ['platform/**/*.test.ts', 'node-shared/**/*.test.ts'],
    rules: restrict(
      ['electron'],
      above('platform-tests'),
      'a platform or node-shared test stays on its side: tests that run a client against a platform live in integration/.',
    ),
  },
  {
    files: ['electron/**/*.test.ts'],
    rules: restrict(
      [],
      above('client-tests'),
      'a client test stays on its side: tests that run a client against a platform live in integration/.',
    ),
  },
  {
    files: ['integration/**/*.ts'],
    rules: restrict(
      ['react', 'react-dom'],
      ['@mui/*', 'zustand', ...above('integration')],
      'integration/ runs a client core against a platform: no screens (those are the e2e tests).',
    ),
  },
  {
    files: ['e2e/**/*.ts'],
    rules: restrict(
      ['electron', 'better-sqlite3', 'fastify', 'react', 'react-dom'],
      above('e2e'),
      'e2e/ drives the built app in a browser and the platform as a process: it imports only shared/.',
    ),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrictAll(rendererImports),
    },
  },
  ...featureZones,
  prettier,
);
