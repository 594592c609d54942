// zh-CN formatting of instants and dates, shared by every feature.

const dateTimeFormat = new Intl.DateTimeFormat('zh-CN', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  // Instants are shown in Beijing time, the service hall's, whatever zone the PC is set to (shared/time.ts).
  timeZone: 'Asia/Shanghai',
});

/**
 * ISO instant → 2024-05-01 14:30 in Beijing time (as the date fields take it: YYYY-MM-DD, 24-hour); the input
 * unchanged if it is not a date.
 */
export const formatDateTime = (iso: string): string => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const part = Object.fromEntries(dateTimeFormat.formatToParts(date).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
};

/** ISO calendar date (YYYY-MM-DD) → the same, as the date fields show it; anything else unchanged. */
export const formatDate = (isoDate: string): string => isoDate;

const amountFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

export const formatAmount = (yuan: number): string => `${amountFormat.format(yuan)} 元`;

/** Hours since an instant, or null without one. */
export const hoursSince = (iso: string | null, now: Date = new Date()): number | null => {
  if (iso === null) return null;
  const time = new Date(iso).getTime();
  return Number.isNaN(time) ? null : (now.getTime() - time) / 3_600_000;
};
