import type { Day } from '../calendar/day';

/**
 * 承诺编码 = 6-digit area code + 8-digit date + 6-digit serial (DOMAIN.md). Offline clients must never issue
 * the same code, so the serial is split: the first 3 digits are the device number the platform assigned at
 * enrolment (unique in the city), the last 3 a per-device daily counter. 999 devices × 999 commitments a day.
 * An unenrolled (stand-alone) client is device 000.
 */
export const DEVICE_NUMBER_MAX = 999;
export const DAILY_SERIAL_MAX = 999;

export type CodeParts = { areaCode: string; day: Day; deviceNumber: number; counter: number };

export type CodeResult =
  | { ok: true; code: string }
  | { ok: false; code: 'AREA_CODE_INVALID' | 'SERIAL_EXHAUSTED' | 'DEVICE_NUMBER_INVALID'; message: string };

export function commitmentCode(parts: CodeParts): CodeResult {
  if (!/^\d{6}$/.test(parts.areaCode))
    return { ok: false, code: 'AREA_CODE_INVALID', message: '本机区划代码应为6位数字，请在设置中填写' };
  if (
    !Number.isInteger(parts.deviceNumber) ||
    parts.deviceNumber < 0 ||
    parts.deviceNumber > DEVICE_NUMBER_MAX
  )
    return { ok: false, code: 'DEVICE_NUMBER_INVALID', message: '本机设备编号无效，请重新登记到市平台' };
  if (!Number.isInteger(parts.counter) || parts.counter < 1 || parts.counter > DAILY_SERIAL_MAX)
    return {
      ok: false,
      code: 'SERIAL_EXHAUSTED',
      message: `本机今日已生成 ${DAILY_SERIAL_MAX} 个承诺编码，已达上限，请明日再办或使用另一台已登记的电脑`,
    };
  const date = parts.day.replaceAll('-', '');
  const serial = String(parts.deviceNumber).padStart(3, '0') + String(parts.counter).padStart(3, '0');
  return { ok: true, code: `${parts.areaCode}${date}${serial}` };
}

export function parseCommitmentCode(code: string): CodeParts | null {
  const match = /^(\d{6})(\d{4})(\d{2})(\d{2})(\d{3})(\d{3})$/.exec(code);
  if (!match) return null;
  const [, areaCode, year, month, day, device, counter] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  return { areaCode, day: `${year}-${month}-${day}`, deviceNumber: Number(device), counter: Number(counter) };
}

/**
 * Whether a code is one the device numbered `deviceNumber` would have issued for a commitment made on `madeOn`:
 * a 6-digit area code, the date = 作出日期, the device part = the device number. The platform checks this for
 * every commitment a device pushes, so one device can never take (or squat) another's codes.
 */
export function codeFits(code: string, deviceNumber: number, madeOn: Day): boolean {
  const parts = parseCommitmentCode(code);
  return parts !== null && parts.day === madeOn && parts.deviceNumber === deviceNumber;
}
