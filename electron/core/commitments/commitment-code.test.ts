import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCommitmentCode } from '../../../shared/commitment/code';
import { setMeta } from '../app/meta.repo';
import { openTempCore } from '../testing/temp-core';
import { allocateCommitmentCode, deviceNumber } from './commitment-code';

let core: ReturnType<typeof openTempCore>;
beforeEach(() => {
  core = openTempCore({ withDemo: false });
});
afterEach(() => core.dispose());

const allocate = (day: string, area = '410422') =>
  core.db.transaction(() => allocateCommitmentCode(core.db, area, day))();

describe('commitment code allocation', () => {
  it('numbers each day from 001 with the device number the platform assigned', () => {
    setMeta(core.db, 'device_number', '17');
    expect(allocate('2026-11-27')).toEqual({ ok: true, value: '41042220261127017001' });
    expect(allocate('2026-11-27')).toEqual({ ok: true, value: '41042220261127017002' });
    // Another day has a counter of its own.
    expect(allocate('2026-11-28')).toEqual({ ok: true, value: '41042220261128017001' });
    expect(allocate('2026-11-27')).toEqual({ ok: true, value: '41042220261127017003' });
    const parts = parseCommitmentCode('41042220261127017003');
    expect(parts).toEqual({ areaCode: '410422', day: '2026-11-27', deviceNumber: 17, counter: 3 });
  });

  it('is device 000 on a stand-alone client, and refuses an enrolled one that has no number yet', () => {
    expect(deviceNumber(core.db)).toBe(0);
    expect(allocate('2026-11-27')).toEqual({ ok: true, value: '41042220261127000001' });
    setMeta(core.db, 'device_token', 'token');
    const refused = allocate('2026-11-27');
    expect(refused).toMatchObject({ ok: false, error: { code: 'COMMITMENT_CODE_FAILED' } });
    expect(!refused.ok && refused.error.message).toMatch(/设备编号/);
    setMeta(core.db, 'device_number', '5');
    expect(allocate('2026-11-27')).toEqual({ ok: true, value: '41042220261127005002' });
  });

  it('refuses the 1000th code of a day with a Chinese message and writes nothing', () => {
    setMeta(core.db, 'device_number', '1');
    core.db.prepare("INSERT INTO commitment_serials (day, last) VALUES ('2026-11-27', 998)").run();
    expect(allocate('2026-11-27')).toEqual({ ok: true, value: '41042220261127001999' });
    const exhausted = allocate('2026-11-27');
    expect(exhausted).toMatchObject({ ok: false, error: { code: 'COMMITMENT_CODE_FAILED' } });
    expect(!exhausted.ok && exhausted.error.message).toMatch(/上限/);
    expect(
      core.db.prepare("SELECT last FROM commitment_serials WHERE day = '2026-11-27'").pluck().get(),
    ).toBe(999);
  });

  it('refuses an area code that is not 6 digits', () => {
    const refused = allocate('2026-11-27', '4104');
    expect(refused).toMatchObject({ ok: false, error: { code: 'COMMITMENT_CODE_FAILED' } });
  });

  it('gives the number back when the transaction that took it rolls back', () => {
    expect(() =>
      core.db.transaction(() => {
        allocateCommitmentCode(core.db, '410422', '2026-11-27');
        throw new Error('insert failed');
      })(),
    ).toThrow('insert failed');
    expect(allocate('2026-11-27')).toEqual({ ok: true, value: '41042220261127000001' });
  });
});
