import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
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
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
    // Set-ups that sign people in spend real scrypt work at the production cost (N=2^17, ~0.5–2 s a hash on a
    // loaded 2-core machine), several times over.
    hookTimeout: 60_000,
  },
});
