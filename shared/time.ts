// China keeps one time zone, UTC+8, with no daylight saving: instants are stored and shown in it, so the
// "day" of a check is the service hall's day whatever the PC's own zone setting says.
const OFFSET_MS = 8 * 3_600_000;

/** `2026-11-27T09:30:00.000+08:00` */
export function toBeijingIso(date: Date): string {
  const shifted = new Date(date.getTime() + OFFSET_MS).toISOString();
  return `${shifted.slice(0, 23)}+08:00`;
}

/** The calendar day (YYYY-MM-DD) of an instant in Beijing time. */
export function beijingDay(date: Date): string {
  return new Date(date.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** `2026-11-27 09:30` in Beijing time, for people. */
export function formatBeijing(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Date(date.getTime() + OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}
