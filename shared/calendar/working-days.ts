import type { HolidayCalendar } from './calendar-schema';
import { addDays, compareDays, type Day, daysBetween, isWeekend, yearOf } from './day';

/**
 * Every answer says whether it rests on a year the calendar does not know (absent, or present but not confirmed).
 * Such a year is counted Monday to Friday, which is usually right but can be days off around a holiday, so the
 * clerk must be told rather than shown a date that looks certain.
 */
export type CalendarCertainty = {
  uncertain: boolean;
  /** The years ('2027') that were counted as plain weekdays. */
  uncertainYears: string[];
  /** For people, when uncertain; null otherwise. */
  notice: { code: 'CALENDAR_YEAR_UNKNOWN'; message: string } | null;
};

type Lookup = { holidays: Set<string>; workdays: Set<string>; knownYears: Set<string> };

// Built once per calendar object: deadline loops look up hundreds of days.
const lookups = new WeakMap<HolidayCalendar, Lookup>();

function lookup(calendar: HolidayCalendar): Lookup {
  const cached = lookups.get(calendar);
  if (cached) return cached;
  const built: Lookup = { holidays: new Set(), workdays: new Set(), knownYears: new Set() };
  for (const [year, entry] of Object.entries(calendar.years)) {
    // An unconfirmed year contributes nothing: its lists may be placeholders.
    if (!entry.confirmed) continue;
    built.knownYears.add(year);
    for (const holiday of entry.holidays) built.holidays.add(holiday.date);
    for (const workday of entry.workdays) built.workdays.add(workday.date);
  }
  lookups.set(calendar, built);
  return built;
}

function certainty(calendar: HolidayCalendar, from: Day, to: Day): CalendarCertainty {
  const known = lookup(calendar).knownYears;
  const [first, last] = compareDays(from, to) <= 0 ? [from, to] : [to, from];
  const uncertainYears: string[] = [];
  for (let year = Number(yearOf(first)); year <= Number(yearOf(last)); year += 1) {
    if (!known.has(String(year))) uncertainYears.push(String(year));
  }
  if (uncertainYears.length === 0) return { uncertain: false, uncertainYears, notice: null };
  return {
    uncertain: true,
    uncertainYears,
    notice: {
      code: 'CALENDAR_YEAR_UNKNOWN',
      message: `节假日日历缺少 ${uncertainYears.join('、')} 年的国务院放假安排，已按周一至周五计算工作日，结果仅供参考，请待市平台更新日历后复核。`,
    },
  };
}

function working(table: Lookup, day: Day): boolean {
  if (table.workdays.has(day)) return true;
  if (table.holidays.has(day)) return false;
  return !isWeekend(day);
}

export function isWorkingDay(
  calendar: HolidayCalendar,
  day: Day,
): { workingDay: boolean } & CalendarCertainty {
  return { workingDay: working(lookup(calendar), day), ...certainty(calendar, day, day) };
}

/**
 * The deadline `n` working days after `fromDay` (the day of receipt is not counted, as 受理之日起 N 个工作日 is
 * read in practice). n = 0 gives fromDay itself.
 */
export function addWorkingDays(
  calendar: HolidayCalendar,
  fromDay: Day,
  n: number,
): { day: Day } & CalendarCertainty {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number ≥ 0, got ${n}`);
  const table = lookup(calendar);
  let day = fromDay;
  for (let counted = 0; counted < n;) {
    day = addDays(day, 1);
    if (working(table, day)) counted += 1;
  }
  return { day, ...certainty(calendar, fromDay, day) };
}

/**
 * Working days in (a, b] — a not counted, b counted — so that workingDaysBetween(a, addWorkingDays(a, n)) = n.
 * Negative, with the same rule mirrored, when b is before a.
 */
export function workingDaysBetween(
  calendar: HolidayCalendar,
  a: Day,
  b: Day,
): { days: number } & CalendarCertainty {
  const table = lookup(calendar);
  const sign = compareDays(a, b) <= 0 ? 1 : -1;
  const [start, end] = sign === 1 ? [a, b] : [b, a];
  let days = 0;
  for (let day = addDays(start, 1); compareDays(day, end) <= 0; day = addDays(day, 1)) {
    if (working(table, day)) days += 1;
  }
  return { days: sign * days, ...certainty(calendar, a, b) };
}

/**
 * What the clerk sees next to a case: working days left until the deadline (0 on the deadline day itself), or,
 * when overdue, a negative count of the working days since it passed.
 */
export function countdown(
  calendar: HolidayCalendar,
  today: Day,
  deadline: Day,
): { workingDaysLeft: number; overdue: boolean; calendarDaysLeft: number } & CalendarCertainty {
  const { days, ...rest } = workingDaysBetween(calendar, today, deadline);
  return {
    workingDaysLeft: days,
    overdue: compareDays(today, deadline) > 0,
    calendarDaysLeft: daysBetween(today, deadline),
    ...rest,
  };
}
