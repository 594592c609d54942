import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HolidayCalendar } from '../calendar/calendar-schema';
import { deadlineHint } from './processing-limits';
import { RepairRegimes } from './regime-schema';

const read = (relative: string): unknown =>
  JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as unknown;
const calendar = HolidayCalendar.parse(read('../../resources/rules/holiday-calendar.json'));
const { processingLimits } = RepairRegimes.parse(read('../../resources/rules/repair-regimes.json'));

describe('deadlineHint', () => {
  it('gives 10 working days across 春节 2025, flagged as an unconfirmed limit', () => {
    expect(deadlineHint(calendar, processingLimits, 'submitted', '2025-01-24')).toMatchObject({
      deadline: '2025-02-13',
      workingDays: 10,
      confirmed: false,
      uncertain: false,
    });
  });

  it('has no limit in a final state and is uncertain into a year the calendar lacks', () => {
    expect(deadlineHint(calendar, processingLimits, 'granted', '2025-03-03')).toBeNull();
    expect(deadlineHint(calendar, processingLimits, 'reviewing', '2026-12-28')?.uncertain).toBe(true);
  });
});
