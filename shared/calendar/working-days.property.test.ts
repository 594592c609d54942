import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HolidayCalendar } from './calendar-schema';
import { addDays } from './day';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days';

const calendar = HolidayCalendar.parse(
  JSON.parse(readFileSync(new URL('../../resources/rules/holiday-calendar.json', import.meta.url), 'utf8')),
);

// Start days from 2024-06-01 to 2027-06-30 reach unknown years on both sides of the calendar's 2025–2026.
const anyDay = fc.integer({ min: 0, max: 1125 }).map((offset) => addDays('2024-06-01', offset));
const knownDay = fc.integer({ min: 0, max: 650 }).map((offset) => addDays('2025-01-01', offset));

describe('working-day properties', () => {
  it('addWorkingDays then workingDaysBetween gives n back', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 60 }), (from, n) => {
        const { day } = addWorkingDays(calendar, from, n);
        expect(workingDaysBetween(calendar, from, day).days).toBe(n);
        expect(workingDaysBetween(calendar, day, from).days).toBe(0 - n);
      }),
    );
  });

  it('lands on a working day when n > 0 and every year involved is known', () => {
    fc.assert(
      fc.property(knownDay, fc.integer({ min: 1, max: 40 }), (from, n) => {
        const result = addWorkingDays(calendar, from, n);
        fc.pre(!result.uncertain);
        expect(isWorkingDay(calendar, result.day).workingDay).toBe(true);
        // …and no working day is skipped: the day before the deadline leaves exactly n - 1.
        expect(workingDaysBetween(calendar, from, addDays(result.day, -1)).days).toBe(n - 1);
      }),
    );
  });

  it('is uncertain exactly when a year outside 2025–2026 is touched', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 60 }), (from, n) => {
        const result = addWorkingDays(calendar, from, n);
        const outside = [from, result.day].some((day) => !day.startsWith('2025') && !day.startsWith('2026'));
        expect(result.uncertain).toBe(outside);
      }),
    );
  });
});
