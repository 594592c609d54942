import { hostname } from 'node:os';
import { join } from 'node:path';
import { startPlatform, type RunningPlatform } from '../../../platform/start-platform';
import type { SyncService } from '../sync/sync.service';

/** Which platform a host uses, from PLATFORM_URL: unset → the embedded reference platform; `none` → none. */
export type PlatformChoice = { kind: 'none' } | { kind: 'remote'; url: string } | { kind: 'embedded' };

export function choosePlatform(env: NodeJS.ProcessEnv): PlatformChoice {
  const value = env.PLATFORM_URL?.trim();
  if (value === undefined) return { kind: 'embedded' };
  if (value === '' || value === 'none') return { kind: 'none' };
  return { kind: 'remote', url: value };
}

/**
 * With no platform configured, `npm start` runs the reference platform on loopback with the demo data (its own
 * data beside the client's), so sync works out of the box.
 */
export const startEmbeddedPlatform = (dataDir: string, resourcesDir: string): Promise<RunningPlatform> =>
  startPlatform({
    dataDir: join(dataDir, 'platform'),
    port: 0,
    host: '127.0.0.1',
    resourcesDir,
    withDemo: true,
  });

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
