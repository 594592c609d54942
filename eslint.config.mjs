// Type-aware lint for the whole tree, plus the process boundaries of DESIGN.md as import rules:
// the path tells the process, and a wrong import is a lint error.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

const restrict = (paths, patterns, message) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: paths.map((name) => ({ name, message })),
      patterns: patterns.map((group) => ({ group: [group], message })),
    },
  ],
});

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
          './tsconfig.electron.json',
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
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: restrict(
      ['electron', 'react', 'react-dom', 'better-sqlite3', 'axios', ...nodeBuiltins],
      ['@mui/*', 'zustand', '**/electron/**', '**/renderer/**', '**/platform/**'],
      'shared/ is pure: no Electron, Node, DOM, React or host code.',
    ),
  },
  {
    files: ['electron/core/**/*.ts', 'electron/browser/**/*.ts'],
    rules: restrict(
      ['electron', 'react', 'react-dom'],
      ['**/renderer/**', '**/electron/main/**', '**/main/**', '**/preload/**', '@mui/*'],
      'core and the browser host never import Electron, the shell or the UI.',
    ),
  },
  {
    files: ['platform/**/*.ts'],
    rules: restrict(
      ['electron', 'react', 'react-dom'],
      ['**/renderer/**', '**/electron/main/**', '**/electron/preload/**', '**/electron/browser/**', '@mui/*'],
      'the platform is a server of its own: it shares only shared/ and electron/core helpers.',
    ),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        ['electron', 'better-sqlite3', 'axios', ...nodeBuiltins],
        ['**/electron/**', '**/platform/**'],
        'renderer/ talks to the core only through the contract transport.',
      ),
    },
  },
  prettier,
);
