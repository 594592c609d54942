import { describe, expect, it } from 'vitest';
import { toDraft, toSettings } from './settings-form';
import { settingsTexts } from './texts';

const settings = {
  staleAfterHours: 72,
  lockAfterMinutes: 15,
  department: '叶县政务服务中心',
  departmentCode: '11410422MB7654321Y',
  districtCode: '410422',
};

describe('settings form', () => {
  it('round-trips the department and its code (受理单位代码)', () => {
    const draft = toDraft(settings);
    expect(draft.departmentCode).toBe('11410422MB7654321Y');
    expect(toSettings({ ...draft, departmentCode: ' 11410422MB7654321Y ' })).toEqual({
      ok: true,
      value: settings,
    });
  });

  it('refuses a code longer than 32 characters under its field', () => {
    expect(toSettings({ ...toDraft(settings), departmentCode: 'X'.repeat(33) })).toEqual({
      ok: false,
      errors: { departmentCode: settingsTexts.departmentCodeTooLong },
    });
  });

  it('takes the lock period in whole minutes from 1 to 240', () => {
    expect(toSettings({ ...toDraft(settings), lockAfterMinutes: '5' })).toMatchObject({
      ok: true,
      value: { lockAfterMinutes: 5 },
    });
    for (const bad of ['0', '241', '1.5', ''])
      expect(toSettings({ ...toDraft(settings), lockAfterMinutes: bad })).toEqual({
        ok: false,
        errors: { lockAfterMinutes: settingsTexts.lockInvalid },
      });
  });
});
