import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformAt } from '../../shared/domain/deployment';
import { trainingMessages } from '../../electron/core/app/training';
import { openTempCore } from '../../electron/core/testing/temp-core';
import { openTempPlatform } from '../testing/platform-fixture';

// 培训模式 never reaches a real platform's data: a training client enrols and syncs only where the platform's
// health says it runs in demo mode (platform --demo). The attack: a training installation pointed at the real
// city platform, by a wrong deployment.json or by the platform's address changing under it.

let real: Awaited<ReturnType<typeof openTempPlatform>>;
let demo: Awaited<ReturnType<typeof openTempPlatform>>;
beforeAll(async () => {
  real = await openTempPlatform(false);
  demo = await openTempPlatform(true);
});
afterAll(async () => {
  await real.dispose();
  await demo.dispose();
});

const trainingClient = (url: string) =>
  openTempCore({
    platform: platformAt(url),
    training: true,
    signedInAs: null,
    syncOptions: { timeoutMs: 5_000 },
  });

const devices = (platform: typeof real): number =>
  (platform.current().db.prepare('SELECT count(*) AS n FROM devices').get() as { n: number }).n;

describe('a training client', { timeout: 60_000 }, () => {
  it('refuses to enrol at a real platform, and its one-time code is never sent there', async () => {
    const core = trainingClient(real.current().url);
    try {
      const enrolled = await core.sync.enrol({ code: real.current().issueCode(), deviceName: '培训窗口' });
      expect(enrolled).toEqual({
        ok: false,
        error: { code: 'TRAINING_PLATFORM_REFUSED', message: trainingMessages.notDemoPlatform },
      });
      expect(devices(real)).toBe(0);
      expect(core.sync.status().enrolled).toBe(false);
    } finally {
      core.dispose();
    }
  });

  it('enrols and syncs at a demo platform; once the address leads to a real platform, it stops syncing', async () => {
    const core = trainingClient(demo.current().url);
    try {
      const enrolled = await core.sync.enrol({ code: demo.current().issueCode(), deviceName: '培训窗口' });
      expect(enrolled.ok).toBe(true);
      const first = await core.sync.run();
      expect(first.ok).toBe(true);

      core.sync.usePlatformUrl(real.current().url);
      const refused = await core.sync.run();
      expect(refused).toMatchObject({ ok: false, error: { details: { code: 'TRAINING_PLATFORM_REFUSED' } } });
      expect(core.sync.status().lastError).toMatchObject({
        code: 'TRAINING_PLATFORM_REFUSED',
        message: trainingMessages.notDemoPlatform,
      });
    } finally {
      core.dispose();
    }
  });
});
