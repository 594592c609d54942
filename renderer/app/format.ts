// zh-CN formatting of instants and dates, shared by every feature.

const dateTimeFormat = new Intl.DateTimeFormat('zh-CN', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
  // Instants are shown in Beijing time, the service hall's, whatever zone the PC is set to (shared/time.ts).
  timeZone: 'Asia/Shanghai',
});

const dateFormat = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: '2-digit', day: '2-digit' });

/** ISO instant → 2024/05/01 14:30 in Beijing time; the input unchanged if it is not a date. */
export const formatDateTime = (iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
};

/** ISO calendar date (YYYY-MM-DD) → 2024/05/01, without time-zone shifts. */
export const formatDate = (isoDate: string): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (match === null) return isoDate;
  const [, year, month, day] = match;
  return dateFormat.format(new Date(Number(year), Number(month) - 1, Number(day)));
};

const amountFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

export const formatAmount = (yuan: number): string => `${amountFormat.format(yuan)} 元`;

/** Hours since an instant, or null without one. */
export const hoursSince = (iso: string | null, now: Date = new Date()): number | null => {
  if (iso === null) return null;
  const time = new Date(iso).getTime();
  return Number.isNaN(time) ? null : (now.getTime() - time) / 3_600_000;
};
