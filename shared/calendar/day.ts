import { z } from 'zod';

/**
 * A calendar day as 'YYYY-MM-DD'. Days, not instants: a deadline or a publication period is counted in the
 * service hall's days, and working on strings keeps the rules free of any time-zone setting of the PC.
 */
export type Day = string;

/** Earliest day anything the service hall records can bear: nothing before 1949. */
export const EARLIEST_DAY = '1949-01-01';
/** Latest day any date may bear, even a deadline or a validity; later years are typing errors. */
export const LATEST_DAY = '2099-12-31';

const DAY_MS = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a well-formed day that exists in the Gregorian calendar (no 2025-02-29). */
export function isValidDay(value: string): boolean {
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  return fromUtc(utcMs(Number(year), Number(month), Number(day))) === value;
}

/** Midnight UTC of a day; unlike Date.UTC, years 0–99 are those years, not 1900–1999. */
function utcMs(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/** A day as people and files write it, `YYYY-MM-DD`, that exists in the calendar (no 2026-02-30). */
export const isoDate = z
  .string()
  // Blank is asked for, not called a wrong format (and nothing else is said about it).
  .min(1, { error: '请填写日期', abort: true })
  .regex(DAY_PATTERN, '日期应写成“年-月-日”，如 2026-03-05')
  .refine(isValidDay, '日期不存在');

/** A day a person records (signed, inspected, made): within EARLIEST_DAY … LATEST_DAY, so 0001-01-01 is refused. */
export const recordDay = isoDate.refine(
  (day) => day >= EARLIEST_DAY && day <= LATEST_DAY,
  `日期应在 ${EARLIEST_DAY} 至 ${LATEST_DAY} 之间`,
);

type Parts = { year: number; month: number; day: number };

function parts(day: Day): Parts {
  // A malformed day is a programming error in the caller (inputs are validated at the boundary), not a rule
  // outcome, so it is thrown rather than returned.
  if (!isValidDay(day)) throw new RangeError(`Not a valid day: ${day}`);
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)) };
}

function fromUtc(ms: number): Day {
  return new Date(ms).toISOString().slice(0, 10);
}

function toUtc(day: Day): number {
  const { year, month, day: date } = parts(day);
  return utcMs(year, month, date);
}

/** The year of a day, as the calendar file keys it ('2025'). */
export function yearOf(day: Day): string {
  return String(parts(day).year);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: Day): number {
  return new Date(toUtc(day)).getUTCDay();
}

export function isWeekend(day: Day): boolean {
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6;
}

export function addDays(day: Day, count: number): Day {
  return fromUtc(toUtc(day) + count * DAY_MS);
}

/** Calendar days from a to b (negative when b is before a). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

/**
 * The same day of the month `count` months later; when that month is shorter, its last day (01-31 + 1 month →
 * 02-28 or 02-29). This is how a period "in months" ends under 民法典 第二百零二条 (到期月的对应日; 没有对应日的,
 * 月末日), so publication periods use it.
 */
export function addMonths(day: Day, count: number): Day {
  const { year, month, day: date } = parts(day);
  const monthIndex = year * 12 + (month - 1) + count;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12;
  const lastOfMonth = new Date(utcMs(targetYear, targetMonth + 2, 0)).getUTCDate();
  return fromUtc(utcMs(targetYear, targetMonth + 1, Math.min(date, lastOfMonth)));
}

export function compareDays(a: Day, b: Day): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
