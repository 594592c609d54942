// Dates as departments write them: 2025-03-05, 2025/3/5 or 2025年3月5日 (full-width digits accepted).

const FORMATS = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/u,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/u,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u,
] as const;

export type ParsedDate =
  { ok: true; iso: string } | { ok: false; code: 'date-format' | 'date-invalid'; message: string };

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

export function parseDate(raw: string): ParsedDate {
  const value = raw.normalize('NFKC').replace(/\s/gu, '');
  const match = FORMATS.map((format) => format.exec(value)).find((found) => found !== null);
  if (match === undefined || match === null) {
    return {
      ok: false,
      code: 'date-format',
      message: `日期「${raw}」格式无法识别，应为 YYYY-MM-DD、YYYY/MM/DD 或 YYYY年M月D日。`,
    };
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    year < 1900 ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return { ok: false, code: 'date-invalid', message: `日期「${raw}」不是真实存在的日期。` };
  }
  return { ok: true, iso: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
}
