import { hostname } from 'node:os';
import { join } from 'node:path';
import { seedDemoUsers } from '../../../platform/auth/demo-users';
import { startPlatform, type RunningPlatform } from '../../../platform/start-platform';
import type { SyncService } from '../sync/sync.service';

/** Which platform a host uses, from PLATFORM_URL: unset → the embedded reference platform; `none` → none. */
type PlatformChoice = { kind: 'none' } | { kind: 'remote'; url: string } | { kind: 'embedded' };

function choosePlatform(env: NodeJS.ProcessEnv): PlatformChoice {
  const value = env.PLATFORM_URL?.trim();
  if (value === undefined) return { kind: 'embedded' };
  if (value === '' || value === 'none') return { kind: 'none' };
  return { kind: 'remote', url: value };
}

/**
 * With no platform configured, `npm start` runs the reference platform on loopback with the demo data (its own
 * data beside the client's), so sync works out of the box.
 */
async function startEmbeddedPlatform(dataDir: string, resourcesDir: string): Promise<RunningPlatform> {
  const platform = await startPlatform({
    dataDir: join(dataDir, 'platform'),
    port: 0,
    host: '127.0.0.1',
    resourcesDir,
    withDemo: true,
  });
  // Also for an embedded platform seeded before the demo accounts existed: sign-in needs them.
  seedDemoUsers(platform.db, resourcesDir);
  return platform;
}

/** What a host passes to createCore about its platform, from the choice and the embedded platform it started. */
export type PlatformOptions = { platformUrl: string | null; embeddedPlatform: boolean; withDemo: boolean };

/**
 * Starts the platform PLATFORM_URL chooses (only the embedded one needs starting) and says how the core is to
 * use it. Demo data comes from the platform when there is one; offline-only (PLATFORM_URL=none) seeds it
 * locally.
 */
export async function startChosenPlatform(
  env: NodeJS.ProcessEnv,
  dataDir: string,
  resourcesDir: string,
): Promise<{ embedded: RunningPlatform | null; options: PlatformOptions }> {
  const choice = choosePlatform(env);
  const embedded = choice.kind === 'embedded' ? await startEmbeddedPlatform(dataDir, resourcesDir) : null;
  return {
    embedded,
    options: {
      platformUrl: embedded?.url ?? (choice.kind === 'remote' ? choice.url : null),
      embeddedPlatform: embedded !== null,
      withDemo: choice.kind === 'none',
    },
  };
}

/** Enrols the client at the embedded platform on first start, then keeps using the enrolment. */
export async function enrolAtEmbedded(sync: SyncService, platform: RunningPlatform): Promise<void> {
  sync.usePlatformUrl(platform.url);
  if (sync.status().enrolled) {
    void sync.run();
    return;
  }
  const enrolled = await sync.enrol({
    platformUrl: platform.url,
    code: platform.issueCode(),
    deviceName: `${hostname()}（内置演示平台）`,
  });
  if (!enrolled.ok) throw new Error(enrolled.error.message);
}
