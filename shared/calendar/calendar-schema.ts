import { z } from 'zod';
import { isoDate, isWeekend } from './day';

/** One day named in a State Council notice (a day off, or a weekend that is worked). */
export const CalendarDay = z.object({ date: isoDate, name: z.string().min(1) });
export type CalendarDay = z.infer<typeof CalendarDay>;

/**
 * One year of the State Council's holiday notice. `confirmed: false` means the year is present but not yet taken
 * from the notice: the functions then treat it like a missing year and flag their results as uncertain.
 */
export const CalendarYear = z.object({
  /** Every day of each 放假 period, weekends included, as the notice lists them. */
  holidays: z.array(CalendarDay),
  /** 调休 adjusted working days: weekends that are worked. */
  workdays: z.array(CalendarDay),
  confirmed: z.boolean(),
  /** The notice this year was taken from. */
  source: z.string().min(1).optional(),
  note: z.string().optional(),
});
export type CalendarYear = z.infer<typeof CalendarYear>;

/** resources/rules/holiday-calendar.json — updated from the platform, never hard-coded. */
export const HolidayCalendar = z
  .object({
    version: z.string().min(1),
    source: z.string().min(1),
    years: z.record(z.string().regex(/^\d{4}$/), CalendarYear),
  })
  .superRefine((calendar, context) => {
    for (const [year, entry] of Object.entries(calendar.years)) {
      const holidays = new Set(entry.holidays.map((holiday) => holiday.date));
      const seen = new Set<string>();
      for (const [list, days] of [
        ['holidays', entry.holidays],
        ['workdays', entry.workdays],
      ] as const) {
        days.forEach((day, index) => {
          const path = ['years', year, list, index, 'date'];
          if (!day.date.startsWith(`${year}-`)) {
            context.addIssue({ code: 'custom', path, message: `${day.date} 不属于 ${year} 年` });
          }
          if (seen.has(day.date)) {
            context.addIssue({ code: 'custom', path, message: `${day.date} 重复出现` });
          }
          seen.add(day.date);
          // A 调休 workday that is not a weekend, or that is also a holiday, is a typing error in the file.
          if (list === 'workdays' && (!isWeekend(day.date) || holidays.has(day.date))) {
            context.addIssue({ code: 'custom', path, message: `${day.date} 不是周末，不能作为调休上班日` });
          }
        });
      }
      if (entry.confirmed && !entry.source) {
        context.addIssue({
          code: 'custom',
          path: ['years', year, 'source'],
          message: '已确认的年份须注明通知来源',
        });
      }
    }
  });
export type HolidayCalendar = z.infer<typeof HolidayCalendar>;
