import { defineConfig } from 'vitest/config';

export const config = defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'resources/**/*.test.ts', 'renderer/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
  },
});

// eslint-disable-next-line no-restricted-syntax
export default config;
