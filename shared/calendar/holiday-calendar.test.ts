// Checks the shipped holiday calendar against its schema and against the State Council notices it cites.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HolidayCalendar } from './calendar-schema';

const raw = JSON.parse(
  readFileSync(new URL('../../resources/rules/holiday-calendar.json', import.meta.url), 'utf8'),
) as unknown;

describe('resources/rules/holiday-calendar.json', () => {
  const calendar = HolidayCalendar.parse(raw);

  it('has 2025 from 国办发明电〔2024〕12号, confirmed: 28 days off and 5 adjusted workdays', () => {
    const year = calendar.years['2025'];
    expect(year?.confirmed).toBe(true);
    expect(year?.source).toContain('国办发明电〔2024〕12号');
    expect(year?.holidays).toHaveLength(1 + 8 + 3 + 5 + 3 + 8);
    expect(year?.workdays.map((day) => day.date)).toEqual([
      '2025-01-26',
      '2025-02-08',
      '2025-04-27',
      '2025-09-28',
      '2025-10-11',
    ]);
  });

  it('has 2026 from the notice of 2025-11-04, confirmed: 33 days off and 6 adjusted workdays', () => {
    const year = calendar.years['2026'];
    expect(year?.confirmed).toBe(true);
    expect(year?.holidays).toHaveLength(3 + 9 + 3 + 5 + 3 + 3 + 7);
    expect(year?.workdays.map((day) => day.date)).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
  });

  it('rejects a 调休 workday that is not a weekend, a day outside its year, and a confirmed year without source', () => {
    const bad = {
      version: 't',
      source: 't',
      years: {
        '2025': {
          holidays: [{ date: '2024-12-31', name: 'x' }],
          workdays: [{ date: '2025-01-02', name: 'x' }],
          confirmed: true,
        },
      },
    };
    const result = HolidayCalendar.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(3);
  });

  it('rejects an impossible day', () => {
    const bad = {
      version: 't',
      source: 't',
      years: { '2025': { holidays: [{ date: '2025-02-29', name: 'x' }], workdays: [], confirmed: false } },
    };
    expect(HolidayCalendar.safeParse(bad).success).toBe(false);
  });
});
