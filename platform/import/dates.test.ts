import { describe, expect, it } from 'vitest';
import { parseDate } from './dates';

describe('parseDate', () => {
  it('reads the three ways departments write a date, full-width digits included', () => {
    expect(parseDate('2025-03-05')).toEqual({ ok: true, iso: '2025-03-05' });
    expect(parseDate('2025/3/5')).toEqual({ ok: true, iso: '2025-03-05' });
    expect(parseDate('2025年3月5日')).toEqual({ ok: true, iso: '2025-03-05' });
    expect(parseDate('２０２５年１２月３１日')).toEqual({ ok: true, iso: '2025-12-31' });
    expect(parseDate(' 2024/02/29 ')).toEqual({ ok: true, iso: '2024-02-29' });
  });

  it('refuses other shapes and days that do not exist', () => {
    expect(parseDate('2025.03.05')).toMatchObject({ ok: false, code: 'date-format' });
    expect(parseDate('20250305')).toMatchObject({ ok: false, code: 'date-format' });
    expect(parseDate('2025-03-05 00:00:00')).toMatchObject({ ok: false, code: 'date-format' });
    expect(parseDate('2025-02-29')).toMatchObject({ ok: false, code: 'date-invalid' });
    expect(parseDate('2025-13-01')).toMatchObject({ ok: false, code: 'date-invalid' });
    expect(parseDate('2025年4月31日')).toMatchObject({ ok: false, code: 'date-invalid' });
  });
});
