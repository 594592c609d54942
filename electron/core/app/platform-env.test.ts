import { describe, expect, it } from 'vitest';
import { platformFromEnv } from './platform-env';

// The client never starts a platform (its bundles hold no platform code: scripts/bundles.test.ts); which one it
// uses comes from its environment, and a packaged app started without one uses the platform it is enrolled at.
describe('platformFromEnv', () => {
  it('with PLATFORM_URL unset: no platform named, no demo data, no enrolment code', () => {
    expect(platformFromEnv({ CCW_ENROL_CODE: 'ABCD-1234', CCW_DEMO_PLATFORM: '1' })).toEqual({
      platformUrl: null,
      demoPlatform: false,
      withDemo: false,
      enrolmentCode: null,
    });
  });

  it('with PLATFORM_URL=none (or empty): offline, the demo data loaded locally', () => {
    for (const value of ['none', '', '  none ']) {
      expect(platformFromEnv({ PLATFORM_URL: value, CCW_ENROL_CODE: 'ABCD-1234' })).toEqual({
        platformUrl: null,
        demoPlatform: false,
        withDemo: true,
        enrolmentCode: null,
      });
    }
  });

  it('with a URL: that platform, its one-time code, and the demo mark only when the start script says so', () => {
    expect(
      platformFromEnv({
        PLATFORM_URL: ' http://127.0.0.1:8420 ',
        CCW_ENROL_CODE: ' ABCD-1234 ',
        CCW_DEMO_PLATFORM: '1',
      }),
    ).toEqual({
      platformUrl: 'http://127.0.0.1:8420',
      demoPlatform: true,
      withDemo: false,
      enrolmentCode: 'ABCD-1234',
    });
    expect(platformFromEnv({ PLATFORM_URL: 'https://credit.city.gov.cn' })).toEqual({
      platformUrl: 'https://credit.city.gov.cn',
      demoPlatform: false,
      withDemo: false,
      enrolmentCode: null,
    });
  });
});
