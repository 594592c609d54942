import { afterEach } from 'vitest';

export type Cleanup = () => Promise<void> | void;

/**
 * What a test opens (platforms, cores, folders, processes) is closed after it, last opened first, even when the test
 * fails. Call once at the top of a test file; the function it returns registers one cleanup.
 */
export function cleanupAfterEach(): (cleanup: Cleanup) => void {
  const cleanups: Cleanup[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  return (cleanup) => {
    cleanups.push(cleanup);
  };
}
