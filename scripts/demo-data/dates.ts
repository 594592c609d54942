// Dates (calendar dates as UTC day numbers; never after AS_OF)
import { int } from './random.ts';

const DAY = 86_400_000;
const toDays = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY;
const fromDays = (days: number): string => new Date(days * DAY).toISOString().slice(0, 10);
export const addDays = (iso: string, days: number): string => fromDays(toDays(iso) + days);
export function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  // 29 February plus a year is 28 February, not 1 March.
  if (target.getUTCDate() !== d) return fromDays(Date.UTC(y + years, m, 0) / DAY);
  return target.toISOString().slice(0, 10);
}
export const between = (from: string, to: string): string => fromDays(int(toDays(from), toDays(to)));
export const minDate = (a: string, b: string): string => (a < b ? a : b);
export const maxDate = (a: string, b: string): string => (a > b ? a : b);
export const yearOf = (iso: string): number => Number(iso.slice(0, 4));
export function isRealDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  return fromDays(toDays(iso)) === iso;
}
