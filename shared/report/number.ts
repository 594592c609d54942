import { isValidDay, type Day } from '../calendar/day';

/**
 * 报告编号 = 'XYBG' + 6-digit area code + 8-digit date (YYYYMMDD, the day of issue) + 3-digit device number +
 * 4-digit daily counter, 25 characters, e.g. XYBG410402202611270120007.
 *
 * Reports are printed offline, so no central counter can number them. As with 承诺编码 (shared/commitment/
 * code.ts) the number is made unique by its parts: the device number is assigned by the platform at enrolment
 * and is unique in the city, and each device counts its own reports per day. Two devices never share a device
 * number, one device never repeats a (day, counter) pair, so no two reports share a number: 999 devices × 9999
 * reports a day. An unenrolled (stand-alone) client is device 000; its numbers are unique only on that machine,
 * which is why the platform registers a report only from an enrolled device (checked like codeFits()).
 */
export const REPORT_NUMBER_PREFIX = 'XYBG';
export const REPORT_DEVICE_NUMBER_MAX = 999;
export const REPORT_DAILY_COUNTER_MAX = 9999;

export type ReportNumberParts = { areaCode: string; day: Day; deviceNumber: number; counter: number };

export type ReportNumberResult =
  | { ok: true; reportNumber: string }
  | {
      ok: false;
      code: 'AREA_CODE_INVALID' | 'DAY_INVALID' | 'DEVICE_NUMBER_INVALID' | 'COUNTER_EXHAUSTED';
      message: string;
    };

export function reportNumber(parts: ReportNumberParts): ReportNumberResult {
  if (!/^\d{6}$/.test(parts.areaCode))
    return { ok: false, code: 'AREA_CODE_INVALID', message: '本机区划代码应为6位数字，请在设置中填写' };
  if (!isValidDay(parts.day)) return { ok: false, code: 'DAY_INVALID', message: '出具日期无效' };
  if (
    !Number.isInteger(parts.deviceNumber) ||
    parts.deviceNumber < 0 ||
    parts.deviceNumber > REPORT_DEVICE_NUMBER_MAX
  )
    return { ok: false, code: 'DEVICE_NUMBER_INVALID', message: '本机设备编号无效，请重新登记到市平台' };
  if (!Number.isInteger(parts.counter) || parts.counter < 1 || parts.counter > REPORT_DAILY_COUNTER_MAX)
    return {
      ok: false,
      code: 'COUNTER_EXHAUSTED',
      message: `本机今日已出具 ${REPORT_DAILY_COUNTER_MAX} 份信用报告，已达上限，请明日再出具或使用另一台已登记的电脑`,
    };
  const date = parts.day.replaceAll('-', '');
  const device = String(parts.deviceNumber).padStart(3, '0');
  const counter = String(parts.counter).padStart(4, '0');
  return { ok: true, reportNumber: `${REPORT_NUMBER_PREFIX}${parts.areaCode}${date}${device}${counter}` };
}

export function parseReportNumber(value: string): ReportNumberParts | null {
  const match = /^XYBG(\d{6})(\d{4})(\d{2})(\d{2})(\d{3})(\d{4})$/.exec(value);
  if (!match) return null;
  const [, areaCode = '', year = '', month = '', date = '', device = '', counter = ''] = match;
  const day = `${year}-${month}-${date}`;
  if (!isValidDay(day) || Number(counter) < 1) return null;
  return { areaCode, day, deviceNumber: Number(device), counter: Number(counter) };
}

/** Whether a report number is one the device numbered `deviceNumber` would have issued on `day`. */
export function reportNumberFits(value: string, deviceNumber: number, day: Day): boolean {
  const parts = parseReportNumber(value);
  return parts !== null && parts.day === day && parts.deviceNumber === deviceNumber;
}
