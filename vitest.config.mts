import { defineConfig } from 'vitest/config';

const shared = {
  pool: 'forks' as const,
  testTimeout: 20_000,
  // Set-ups that sign people in spend real scrypt work at the production cost (N=2^17, ~0.5–2 s a hash on a
  // loaded 2-core machine), several times over.
  hookTimeout: 60_000,
};

// The PostgreSQL engine's own tests and the harness's: one throwaway cluster for the run (platform/testing/pg-*).
const pgTests = ['platform/db/pg/**/*.test.ts', 'platform/testing/pg-*.test.ts'];
const pgGlobalSetup = 'platform/testing/pg-global-setup.ts';

// Every platform test once more on PostgreSQL (project platform-pg), a throwaway cluster started by the run.
// `PLATFORM_ENGINES=sqlite npx vitest run` leaves it out for a quicker local run; `npm test` runs both.
const engines = (process.env.PLATFORM_ENGINES ?? 'sqlite,postgres').split(',').map((engine) => engine.trim());
const platformOnPostgres = engines.includes('postgres')
  ? [
      {
        test: {
          name: 'platform-pg',
          include: ['platform/**/*.test.ts'],
          exclude: pgTests,
          environment: 'node',
          globalSetup: [pgGlobalSetup, 'platform/testing/pg-platform-template.ts'],
          setupFiles: ['platform/testing/pg-platform-setup.ts'],
          ...shared,
        },
      },
    ]
  : [];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          include: [
            'shared/**/*.test.ts',
            'electron/**/*.test.ts',
            'resources/**/*.test.ts',
            'renderer/**/*.test.ts',
            'scripts/**/*.test.ts',
            'platform/**/*.test.ts',
            'node-shared/**/*.test.ts',
            'integration/**/*.test.ts',
          ],
          exclude: pgTests,
          environment: 'node',
          ...shared,
        },
      },
      {
        // Component tests: the real renderer components in jsdom against a fake transport checked by the contract
        // (renderer/testing/fake-transport.ts).
        test: {
          name: 'components',
          include: ['renderer/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['renderer/testing/dom-setup.ts'],
          ...shared,
        },
      },
      {
        test: {
          name: 'pg',
          include: pgTests,
          environment: 'node',
          globalSetup: [pgGlobalSetup],
          ...shared,
        },
      },
      ...platformOnPostgres,
    ],
  },
});
