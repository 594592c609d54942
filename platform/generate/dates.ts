// Calendar dates as UTC day numbers: arithmetic on integers, formatting only when a row is written.

const DAY_MS = 86_400_000;

export const dayOf = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
export const isoOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The same calendar day `years` later; 29 February becomes 28 February, never 1 March. */
export function addYears(iso: string, years: number): string {
  const year = Number(iso.slice(0, 4)) + years;
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  const target = new Date(Date.UTC(year, month - 1, day));
  if (target.getUTCDate() !== day) return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  return target.toISOString().slice(0, 10);
}
