import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlatformError, platformRoutes } from '../../shared/platform-api/api';
import { startTempPlatform, type TempPlatform } from '../testing/temp-platform';
import { enrolmentCodeHash } from './secrets';

// Finding 9: an enrolment code found on paper a month later must not enrol a rogue PC.
const HOUR = 3_600_000;
let clock: Date;
let platform: TempPlatform;
beforeAll(async () => {
  clock = new Date('2026-11-27T02:00:00Z');
  platform = await startTempPlatform({ now: () => clock });
});
afterAll(() => platform.dispose());

const enrolWith = (code: string): Promise<Response> =>
  fetch(`${platform.url}${platformRoutes.enrol}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, deviceName: '郏县窗口' }),
  });
const devices = (): number => platform.db.prepare('SELECT count(*) FROM devices').pluck().get() as number;
const later = (hours: number): void => {
  clock = new Date(clock.getTime() + hours * HOUR);
};

describe('enrolment codes', () => {
  it('are accepted for 72 hours by default, then refused in Chinese and left unused', async () => {
    const fresh = platform.issueCode();
    const stale = platform.issueCode();
    later(71);
    expect((await enrolWith(fresh)).status).toBe(200);
    later(2);
    const refused = await enrolWith(stale);
    expect(refused.status).toBe(403);
    expect(PlatformError.parse(await refused.json())).toEqual({
      code: 'ENROLMENT_CODE_EXPIRED',
      message: '登记码已过期，请向市平台管理员重新申领',
    });
    expect(devices()).toBe(1);
    const row = platform.db
      .prepare('SELECT used_at FROM enrolment_codes WHERE code_hash = ?')
      .get(enrolmentCodeHash(stale));
    expect(row).toEqual({ used_at: null });
  });

  it('live as long as the operator said when issued', async () => {
    const short = platform.issueCode(null, 1);
    later(2);
    expect((await enrolWith(short)).status).toBe(403);
    const long = platform.issueCode(null, 240);
    later(200);
    expect((await enrolWith(long)).status).toBe(200);
  });

  it('issued before codes had an expiry count 72 hours from their issue', async () => {
    const insert = platform.db.prepare('INSERT INTO enrolment_codes (code_hash, issued_at) VALUES (?, ?)');
    insert.run(enrolmentCodeHash('OLDC-ODEA-AAAA'), '2026-11-01T10:00:00.000+08:00');
    insert.run(enrolmentCodeHash('NEWC-ODEA-AAAA'), new Date(clock.getTime() - HOUR).toISOString());
    expect((await enrolWith('OLDC-ODEA-AAAA')).status).toBe(403);
    expect((await enrolWith('NEWC-ODEA-AAAA')).status).toBe(200);
  });
});
