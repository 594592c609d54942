import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { PlatformUser, Role } from '../../../shared/platform-api/api';
import { signInForTests } from '../auth/test-session';
import { createCore, type Core, type CoreOptions } from '../core';

/** The real resources/ of the project: tests run against the shipped catalogue and demo data. */
export const RESOURCES_DIR = resolve(__dirname, '..', '..', '..', 'resources');

export function tempDir(prefix = 'ccw-test-'): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** A fresh cache key, as the hosts make one on a PC's first start. */
export const newCacheKey = (): string => randomBytes(32).toString('hex');

/**
 * A whole core on a fresh data directory (its cache encrypted with a fresh key, `cacheKey`), with a clock the test controls, signed in as `signedInAs` (default
 * admin, who may call every channel there is so far; null: nobody, as a host starts).
 */
export function openTempCore(
  options: Partial<CoreOptions> & { clock?: { now: Date }; signedInAs?: Role | PlatformUser | null } = {},
): Core & {
  dataDir: string;
  cacheKey: string;
  clock: { now: Date };
  dispose: () => void;
} {
  const dir = tempDir();
  const clock = options.clock ?? { now: new Date('2026-11-27T02:00:00Z') };
  const { signedInAs = 'admin', ...coreOptions } = options;
  const cacheKey = options.cacheKey ?? newCacheKey();
  const created = createCore({
    dataDir: dir.path,
    cacheKey,
    resourcesDir: RESOURCES_DIR,
    host: 'browser',
    version: 'test',
    now: () => clock.now,
    ...coreOptions,
    // 实时同步 off unless a test asks for it: elsewhere a test's syncs happen when the test runs them.
    syncOptions: { feedWatch: false, ...coreOptions.syncOptions },
  });
  if (!created.ok) throw new Error(created.error.message);
  if (signedInAs !== null) signInForTests(created.value, signedInAs);
  return {
    ...created.value,
    dataDir: dir.path,
    cacheKey,
    clock,
    dispose: () => {
      created.value.close();
      dir.remove();
    },
  };
}
