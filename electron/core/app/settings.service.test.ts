import { afterEach, describe, expect, it } from 'vitest';
import { openTempCore } from '../testing/temp-core';
import { setMeta } from './meta.repo';
import { createSettingsService } from './settings.service';

let core: ReturnType<typeof openTempCore>;
afterEach(() => core.dispose());

const open = () => {
  core = openTempCore({ withDemo: false });
  return createSettingsService(core.db, { staleAfterHours: 72 });
};

describe('settings', () => {
  it('keeps the 受理单位代码 with the department', () => {
    const settings = open();
    expect(settings.get().departmentCode).toBe('');
    const saved = settings.update({ department: '叶县政务服务中心', departmentCode: ' 11410422MB7654321Y ' });
    expect(saved).toMatchObject({
      ok: true,
      value: { department: '叶县政务服务中心', departmentCode: '11410422MB7654321Y' },
    });
    expect(settings.get().departmentCode).toBe('11410422MB7654321Y');
    const tooLong = settings.update({ departmentCode: '1'.repeat(33) });
    expect(!tooLong.ok && tooLong.error.code).toBe('SETTINGS_INVALID');
    expect(settings.get().departmentCode).toBe('11410422MB7654321Y');
  });

  it('fills the fields an older version did not store from the defaults', () => {
    const settings = open();
    const older = {
      staleAfterHours: 48,
      operatorName: '李娜',
      department: '叶县政务服务中心',
      districtCode: '410422',
    };
    setMeta(core.db, 'settings', JSON.stringify(older));
    expect(settings.get()).toEqual({ ...older, departmentCode: '', lockAfterMinutes: 15 });
  });

  it('reads a field sent as undefined as unchanged, not emptied', () => {
    const settings = open();
    settings.update({ department: '叶县政务服务中心' });
    const saved = settings.update({ department: undefined, staleAfterHours: 48 });
    expect(saved).toMatchObject({ ok: true, value: { department: '叶县政务服务中心', staleAfterHours: 48 } });
  });
});
