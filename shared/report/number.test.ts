import { describe, expect, it } from 'vitest';
import { ReportNumber } from './model';
import { parseReportNumber, reportNumber, reportNumberFits } from './number';

describe('reportNumber', () => {
  it('is XYBG + area + YYYYMMDD + 3-digit device + 4-digit counter', () => {
    const result = reportNumber({ areaCode: '410402', day: '2026-11-27', deviceNumber: 12, counter: 7 });
    expect(result).toEqual({ ok: true, reportNumber: 'XYBG410402202611270120007' });
    if (!result.ok) return;
    expect(result.reportNumber).toHaveLength(25);
    expect(ReportNumber.safeParse(result.reportNumber).success).toBe(true);
    expect(parseReportNumber(result.reportNumber)).toEqual({
      areaCode: '410402',
      day: '2026-11-27',
      deviceNumber: 12,
      counter: 7,
    });
    expect(reportNumberFits(result.reportNumber, 12, '2026-11-27')).toBe(true);
    expect(reportNumberFits(result.reportNumber, 13, '2026-11-27')).toBe(false);
    expect(reportNumberFits(result.reportNumber, 12, '2026-11-28')).toBe(false);
  });

  it('differs between devices and counters on the same day', () => {
    const numbers = new Set<string>();
    for (const deviceNumber of [0, 1, 999])
      for (const counter of [1, 2, 9999]) {
        const result = reportNumber({ areaCode: '410402', day: '2026-11-27', deviceNumber, counter });
        if (result.ok) numbers.add(result.reportNumber);
      }
    expect(numbers.size).toBe(9);
  });

  it('refuses bad parts', () => {
    const ok = { areaCode: '410402', day: '2026-11-27', deviceNumber: 1, counter: 1 };
    expect(reportNumber({ ...ok, areaCode: '41040' })).toMatchObject({
      ok: false,
      code: 'AREA_CODE_INVALID',
    });
    expect(reportNumber({ ...ok, day: '2026-02-30' })).toMatchObject({ ok: false, code: 'DAY_INVALID' });
    expect(reportNumber({ ...ok, deviceNumber: 1000 })).toMatchObject({
      ok: false,
      code: 'DEVICE_NUMBER_INVALID',
    });
    expect(reportNumber({ ...ok, counter: 0 })).toMatchObject({ ok: false, code: 'COUNTER_EXHAUSTED' });
    expect(reportNumber({ ...ok, counter: 10000 })).toMatchObject({ ok: false, code: 'COUNTER_EXHAUSTED' });
  });

  it('parses only well-formed numbers', () => {
    expect(parseReportNumber('XYBG41040220261127012000')).toBeNull();
    expect(parseReportNumber('XYBG410402202602300120007')).toBeNull();
    expect(parseReportNumber('XYBG410402202611270120000')).toBeNull();
    expect(parseReportNumber('xybg410402202611270120007')).toBeNull();
  });
});
