import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isValidDay, weekdayOf } from './day';

describe('day arithmetic', () => {
  it('validates real days only', () => {
    expect(isValidDay('2024-02-29')).toBe(true);
    expect(isValidDay('2025-02-29')).toBe(false);
    expect(isValidDay('2025-2-1')).toBe(false);
    expect(isValidDay('2025-13-01')).toBe(false);
  });

  it('adds months to the corresponding day, or the last day of a shorter month', () => {
    expect(addMonths('2025-01-31', 3)).toBe('2025-04-30');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
  });

  it('knows weekdays and counts calendar days across a year end', () => {
    expect(weekdayOf('2025-01-26')).toBe(0);
    expect(weekdayOf('2025-02-08')).toBe(6);
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(daysBetween('2025-12-25', '2026-01-05')).toBe(11);
    expect(daysBetween('2026-01-05', '2025-12-25')).toBe(-11);
  });

  it('throws on a malformed day, a programming error', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
  });
});

describe('days of the first century', () => {
  it('are those years, not 1900–1999 (a dashboard from 0001-01-01 is a long period, not a crash)', () => {
    expect(isValidDay('0001-01-01')).toBe(true);
    expect(isValidDay('0099-02-29')).toBe(false);
    expect(daysBetween('0001-01-01', '0001-12-31')).toBe(364);
    expect(addDays('0001-01-01', -1)).toBe('0000-12-31');
  });
});
