// Calendar dates of synthetic rows: ISO days ('2026-11-01') and UTC day numbers, arithmetic on integers and
// formatting only when a row is written.
import { addMonths } from '../../../shared/calendar/day';
import { pad } from './numbers';
import type { Draw } from './random';

/**
 * Both data sets are as of this day, and it is the updated_at of every synthetic subject: fixed, so that the same
 * seed gives the same rows whenever they are generated.
 */
export const AS_OF = '2026-11-01';
export const UPDATED_AT = `${AS_OF}T00:00:00.000Z`;

const DAY_MS = 86_400_000;

export const dayOf = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
export const isoOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

export const addDays = (iso: string, days: number): string => isoOfDay(dayOf(iso) + days);
/** The same calendar day `years` later; 29 February becomes 28 February, never 1 March (shared's addMonths). */
export const addYears = (iso: string, years: number): string => addMonths(iso, years * 12);

export const yearOf = (iso: string): number => Number(iso.slice(0, 4));
export const minDate = (a: string, b: string): string => (a < b ? a : b);
export const maxDate = (a: string, b: string): string => (a > b ? a : b);

/** A uniform day from `from` to `to`, both included. */
export const dateBetween = (draw: Draw, from: string, to: string): string =>
  isoOfDay(draw.int(dayOf(from), dayOf(to)));

/** A day of a month ('2026-04'), uniform from day `first` to day `last` (28: valid in every month). */
export const dayInMonth = (draw: Draw, month: string, first = 1, last = 28): string =>
  `${month}-${pad(draw.int(first, last), 2)}`;
