// Date and date-time values as the clerk sees them: Beijing wall time, whatever zone the PC is set to. A day is
// 'YYYY-MM-DD'; a moment is 'YYYY-MM-DD HH:mm' in Beijing time and becomes an ISO instant with +08:00 on its way
// to the contract (China keeps UTC+8 all year, as shared/time.ts does). The pickers work on dayjs values fixed to
// Asia/Shanghai; this module is the one place that converts between the three.
import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/zh-cn';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { EARLIEST_DAY, LATEST_DAY, isValidDay } from '../../../shared/calendar/day';
import { beijingDay, toBeijingIso } from '../../../shared/time';

dayjs.extend(utc);
dayjs.extend(timezone);

export const BEIJING_ZONE = 'Asia/Shanghai';

export { EARLIEST_DAY, LATEST_DAY };

/** What a field holds when something was typed that is not (yet) a date: neither empty nor a value. */
export const UNFINISHED = 'unfinished';

const WALL_PATTERN = /^(\d{4}-\d{2}-\d{2}) ([01]\d|2[0-3]):([0-5]\d)$/;

/** A Beijing wall time 'YYYY-MM-DD HH:mm' that exists (no 2025-02-29 10:00, no 24:00). */
export const isValidWall = (wall: string): boolean => {
  const match = WALL_PATTERN.exec(wall);
  return match !== null && isValidDay(match[1] ?? '');
};

/** An instant → its Beijing wall time to the minute. */
export const wallOf = (date: Date): string => toBeijingIso(date).slice(0, 16).replace('T', ' ');

/** Today in Beijing. */
export const todayOf = (date: Date): string => beijingDay(date);

/** A Beijing wall time → ISO instant with +08:00; null when empty, unfinished or not a time. */
export const wallToIso = (wall: string): string | null =>
  isValidWall(wall) ? `${wall.replace(' ', 'T')}:00.000+08:00` : null;

/** An ISO instant → Beijing wall time; '' when it is not an instant. */
export const isoToWall = (iso: string): string => {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? '' : wallOf(new Date(time));
};

/** Day or wall value → picker value (null for '' and anything unreadable). */
export const toPicker = (value: string): Dayjs | null => {
  if (isValidDay(value)) return dayjs.tz(value, 'YYYY-MM-DD', BEIJING_ZONE);
  if (isValidWall(value)) return dayjs.tz(value, 'YYYY-MM-DD HH:mm', BEIJING_ZONE);
  return null;
};

/** Picker value → day; '' when cleared, UNFINISHED when what was typed is not a date. */
export const pickerToDay = (value: Dayjs | null): string =>
  value === null ? '' : value.isValid() ? value.tz(BEIJING_ZONE).format('YYYY-MM-DD') : UNFINISHED;

/** Picker value → Beijing wall time; '' when cleared, UNFINISHED when what was typed is not a time. */
export const pickerToWall = (value: Dayjs | null): string =>
  value === null ? '' : value.isValid() ? value.tz(BEIJING_ZONE).format('YYYY-MM-DD HH:mm') : UNFINISHED;

/** Names of the moving limits, for `minLabel`/`maxLabel`. */
export const limitTexts = { today: '今天', now: '当前时间' } as const;

/** Limits of a field; `minLabel`/`maxLabel` name them for the clerk (e.g. 核查时间), else the limit is quoted. */
export type Bounds = { min?: string; max?: string; minLabel?: string; maxLabel?: string };

/**
 * Why a day or wall value cannot be accepted, in the clerk's words, or null. Bounds are of the same kind as the
 * value ('YYYY-MM-DD' or 'YYYY-MM-DD HH:mm', compared as text, which orders them); '' is left to the caller
 * (required or not).
 */
export const boundsProblem = (value: string, kind: 'day' | 'wall', bounds: Bounds = {}): string | null => {
  if (value === '') return null;
  const valid = kind === 'day' ? isValidDay(value) : isValidWall(value);
  if (!valid) return kind === 'day' ? '请输入完整、存在的日期' : '请输入完整、存在的日期和时间';
  const min = bounds.min ?? EARLIEST_DAY;
  const max = bounds.max ?? (kind === 'day' ? LATEST_DAY : `${LATEST_DAY} 23:59`);
  const named = (label: string | undefined, limit: string): string =>
    label === undefined ? ` ${limit}` : `${label}（${limit}）`;
  if (value < min) return `不能早于${named(bounds.minLabel, min)}`;
  if (value > max) return `不能晚于${named(bounds.maxLabel, max)}`;
  return null;
};
