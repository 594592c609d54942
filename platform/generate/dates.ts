// Calendar dates as UTC day numbers: arithmetic on integers, formatting only when a row is written.
import { addMonths } from '../../shared/calendar/day';

const DAY_MS = 86_400_000;

export const dayOf = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
export const isoOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The same calendar day `years` later; 29 February becomes 28 February, never 1 March (shared's addMonths). */
export const addYears = (iso: string, years: number): string => addMonths(iso, years * 12);
