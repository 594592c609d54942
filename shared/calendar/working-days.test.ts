import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HolidayCalendar } from './calendar-schema';
import { addWorkingDays, countdown, isWorkingDay, workingDaysBetween } from './working-days';

const calendar = HolidayCalendar.parse(
  JSON.parse(readFileSync(new URL('../../resources/rules/holiday-calendar.json', import.meta.url), 'utf8')),
);

describe('isWorkingDay', () => {
  it('follows 2025 春节: Sunday 01-26 worked, 01-28…02-04 off, Saturday 02-08 worked', () => {
    expect(isWorkingDay(calendar, '2025-01-26')).toMatchObject({ workingDay: true, uncertain: false });
    expect(isWorkingDay(calendar, '2025-01-27').workingDay).toBe(true);
    for (const day of ['2025-01-28', '2025-01-31', '2025-02-03', '2025-02-04']) {
      expect(isWorkingDay(calendar, day).workingDay).toBe(false);
    }
    expect(isWorkingDay(calendar, '2025-02-05').workingDay).toBe(true);
    expect(isWorkingDay(calendar, '2025-02-08').workingDay).toBe(true);
    expect(isWorkingDay(calendar, '2025-02-09').workingDay).toBe(false);
  });

  it('follows 2025 国庆中秋: Sunday 09-28 worked, 10-01…10-08 off, Saturday 10-11 worked', () => {
    expect(isWorkingDay(calendar, '2025-09-28').workingDay).toBe(true);
    expect(isWorkingDay(calendar, '2025-10-08').workingDay).toBe(false);
    expect(isWorkingDay(calendar, '2025-10-11').workingDay).toBe(true);
    expect(isWorkingDay(calendar, '2025-10-12').workingDay).toBe(false);
  });

  it('counts a year the calendar lacks Monday to Friday, and says so', () => {
    const monday = isWorkingDay(calendar, '2030-01-07');
    expect(monday).toMatchObject({ workingDay: true, uncertain: true, uncertainYears: ['2030'] });
    expect(monday.notice?.code).toBe('CALENDAR_YEAR_UNKNOWN');
    expect(monday.notice?.message).toContain('2030');
    expect(isWorkingDay(calendar, '2030-01-05')).toMatchObject({ workingDay: false, uncertain: true });
  });

  it('treats an unconfirmed year like a missing one, ignoring its lists', () => {
    const draft = HolidayCalendar.parse({
      version: 't',
      source: 't',
      years: {
        '2027': {
          holidays: [{ date: '2027-01-01', name: '元旦' }],
          workdays: [],
          confirmed: false,
          note: '待更新',
        },
      },
    });
    expect(isWorkingDay(draft, '2027-01-01')).toMatchObject({ workingDay: true, uncertain: true });
  });
});

describe('addWorkingDays', () => {
  it('counts 10 working days across 2025 春节, the adjusted Sunday and Saturday included', () => {
    // From Friday 01-24: 01-26 (Sun, worked) 1, 01-27 2, holidays to 02-04, 02-05 3, 02-06 4, 02-07 5,
    // 02-08 (Sat, worked) 6, 02-10 7, 02-11 8, 02-12 9, 02-13 10.
    expect(addWorkingDays(calendar, '2025-01-24', 10)).toMatchObject({ day: '2025-02-13', uncertain: false });
    expect(addWorkingDays(calendar, '2025-01-24', 1).day).toBe('2025-01-26');
    expect(addWorkingDays(calendar, '2025-01-27', 1).day).toBe('2025-02-05');
  });

  it('counts across 2025 国庆中秋 with the Sunday 09-28 workday', () => {
    // From Friday 09-26: 09-28 (Sun) 1, 09-29 2, 09-30 3, holidays to 10-08, 10-09 4, 10-10 5, 10-11 (Sat) 6.
    expect(addWorkingDays(calendar, '2025-09-26', 1).day).toBe('2025-09-28');
    expect(addWorkingDays(calendar, '2025-09-26', 6).day).toBe('2025-10-11');
    expect(addWorkingDays(calendar, '2025-09-26', 7).day).toBe('2025-10-13');
  });

  it('returns the day itself for n = 0 and refuses a negative n', () => {
    expect(addWorkingDays(calendar, '2025-02-01', 0).day).toBe('2025-02-01');
    expect(() => addWorkingDays(calendar, '2025-02-01', -1)).toThrow(RangeError);
  });

  it('is uncertain when the count runs into a missing year', () => {
    const result = addWorkingDays(calendar, '2026-12-24', 10);
    expect(result.uncertain).toBe(true);
    expect(result.uncertainYears).toEqual(['2027']);
    expect(addWorkingDays(calendar, '2026-12-01', 5).uncertain).toBe(false);
  });
});

describe('workingDaysBetween and countdown', () => {
  it('counts (a, b] and mirrors it when b is before a', () => {
    expect(workingDaysBetween(calendar, '2025-01-24', '2025-02-13').days).toBe(10);
    expect(workingDaysBetween(calendar, '2025-02-13', '2025-01-24').days).toBe(-10);
    expect(workingDaysBetween(calendar, '2025-10-01', '2025-10-08').days).toBe(0);
  });

  it('counts down to a deadline and past it', () => {
    expect(countdown(calendar, '2025-01-24', '2025-02-13')).toMatchObject({
      workingDaysLeft: 10,
      overdue: false,
      calendarDaysLeft: 20,
      uncertain: false,
    });
    expect(countdown(calendar, '2025-02-13', '2025-02-13')).toMatchObject({
      workingDaysLeft: 0,
      overdue: false,
    });
    expect(countdown(calendar, '2025-10-09', '2025-09-30')).toMatchObject({
      workingDaysLeft: -1,
      overdue: true,
      calendarDaysLeft: -9,
    });
    expect(countdown(calendar, '2026-11-28', '2027-01-08')).toMatchObject({
      uncertain: true,
      uncertainYears: ['2027'],
    });
  });
});
