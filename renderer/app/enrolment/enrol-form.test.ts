import { describe, expect, it } from 'vitest';
import { parseEnrolDraft } from './enrol-form';

describe('enrol form', () => {
  it('trims and accepts a complete draft', () => {
    expect(parseEnrolDraft({ code: ' ABCDEF12 ', deviceName: ' 3号窗口 ' })).toEqual({
      ok: true,
      value: { code: 'ABCDEF12', deviceName: '3号窗口' },
    });
  });

  it('puts the contract messages under their fields', () => {
    const parsed = parseEnrolDraft({ code: '12', deviceName: '' });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.code).toContain('登记码');
    expect(parsed.errors.deviceName).toContain('本机名称');
  });
});
