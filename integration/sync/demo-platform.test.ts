import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformAt } from '../../shared/domain/deployment';
import { AppInfo } from '../../shared/domain/app';
import { dispatch } from '../../electron/core/ipc/dispatch';
import { openTempCore } from '../../electron/core/testing/temp-core';
import { openTempPlatform } from '../testing/platform-fixture';

// The demo banner and the demo accounts' hint follow the data in use: a client that talks to a demo platform
// (platform --demo, the default development start) says so on every page, as one seeded with the bundled demo
// data does; one that talks to a real platform never does, even after it once talked to a demo one.

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

const demoData = async (core: ReturnType<typeof openTempCore>): Promise<boolean> => {
  const info = await dispatch(core.handlers, 'app:info', {});
  if (!info.ok) throw new Error(info.error.message);
  return AppInfo.parse(info.value).demoData;
};

describe('demo data in use', { timeout: 60_000 }, () => {
  it('is said once the platform answers that it runs the demo data set, and unsaid at a real platform', async () => {
    const core = openTempCore({
      platform: platformAt(demo.current().url),
      signedInAs: null,
      withDemo: false,
    });
    try {
      expect(await demoData(core)).toBe(false);
      await dispatch(core.handlers, 'app:connectivity', {});
      expect(await demoData(core)).toBe(true);

      core.sync.usePlatformUrl(real.current().url);
      await dispatch(core.handlers, 'app:connectivity', {});
      expect(await demoData(core)).toBe(false);
    } finally {
      core.dispose();
    }
  });

  it('is said after a sync with a demo platform, never after one with a real platform', async () => {
    for (const [platform, expected] of [
      [demo, true],
      [real, false],
    ] as const) {
      const core = openTempCore({
        platform: platformAt(platform.current().url),
        signedInAs: null,
        withDemo: false,
      });
      try {
        const enrolled = await core.sync.enrol({
          code: platform.current().issueCode(),
          deviceName: '窗口一',
        });
        expect(enrolled.ok).toBe(true);
        expect((await core.sync.run()).ok).toBe(true);
        expect(await demoData(core)).toBe(expected);
      } finally {
        core.dispose();
      }
    }
  });
});
