import { randomUUID } from 'node:crypto';
import type { Db } from '../../node-shared/db/connection';
import type { EnrolResponse } from '../../shared/platform-api/api';
import { toBeijingIso } from '../../shared/time';
import {
  deviceByTokenHash,
  enrolWithCode,
  insertEnrolmentCode,
  type Device,
  type DeviceUnit,
} from './devices.repo';
import { enrolmentCodeHash, newDeviceToken, newEnrolmentCode, sha256Hex } from './secrets';

/**
 * How long an enrolment code is accepted unless the operator says otherwise (`--code-valid-hours`): long enough
 * to reach a county office over a weekend, short enough that a code lost on paper is soon worthless.
 */
export const ENROLMENT_CODE_HOURS = 72;
const HOUR_MS = 3_600_000;

/** The hours a code may live: a whole number from 1 to 30 days' worth. */
export function enrolmentCodeHours(value: string | undefined): number {
  if (value === undefined) return ENROLMENT_CODE_HOURS;
  const hours = Number(value);
  if (!Number.isInteger(hours) || hours < 1 || hours > 720)
    throw new Error('--code-valid-hours 应为 1 到 720 之间的整数（小时）');
  return hours;
}

/** How many codes one `--issue-code` prints (`--count`, default 1): at most one for each device number. */
export function enrolmentCodeCount(value: string | undefined): number {
  if (value === undefined) return 1;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > 999)
    throw new Error('--count 应为 1 到 999 之间的整数（一次发放的登记码个数）');
  return count;
}

/**
 * A new one-time code for the operator to hand to a county office, accepted for `validHours`; only its hash is
 * kept. `unit` is the office the device will work for: the device enrolled with the code gets it, and may write
 * workflow items of that unit only (null: none, the device can sync and check but not write commitments or
 * repairs).
 */
export function issueEnrolmentCode(
  db: Db,
  now: Date,
  { unit = null, validHours = ENROLMENT_CODE_HOURS }: { unit?: DeviceUnit | null; validHours?: number } = {},
): { code: string; expiresAt: string } {
  const code = newEnrolmentCode();
  const expiresAt = toBeijingIso(new Date(now.getTime() + validHours * HOUR_MS));
  insertEnrolmentCode(db, enrolmentCodeHash(code), toBeijingIso(now), expiresAt, unit);
  return { code, expiresAt };
}

/**
 * The unit an enrolment code names, from the CLI's options: all three or none (a code for a device that writes
 * no workflow items). Throws with a Chinese message otherwise.
 */
export function enrolmentUnit(
  code: string | undefined,
  name: string | undefined,
  districtCode: string | undefined,
): DeviceUnit | null {
  if (code === undefined && name === undefined && districtCode === undefined) return null;
  const unit = {
    code: code?.trim() ?? '',
    name: name?.trim() ?? '',
    districtCode: districtCode?.trim() ?? '',
  };
  if (unit.code === '' || unit.name === '' || !/^\d{6}$/.test(unit.districtCode))
    throw new Error('登记码的所属单位须同时给出 --unit-code、--unit-name 和 6 位 --district-code');
  if (unit.code.length > 32 || unit.name.length > 100) throw new Error('单位代码或名称过长');
  return unit;
}

export type EnrolFailure = 'code-invalid' | 'code-expired' | 'numbers-exhausted';

/**
 * Spends a code on a new device with the next free device number; the token is returned once and only its hash
 * is kept. A failure says why: the code is unknown or used, it has expired, or all 999 device numbers are taken.
 */
export function enrolDevice(
  db: Db,
  code: string,
  deviceName: string,
  now: Date,
): EnrolResponse | EnrolFailure {
  const deviceToken = newDeviceToken();
  const deviceId = randomUUID();
  const enrolled = enrolWithCode(
    db,
    enrolmentCodeHash(code),
    {
      id: deviceId,
      name: deviceName,
      tokenHash: sha256Hex(deviceToken),
      enrolledAt: toBeijingIso(now),
    },
    ENROLMENT_CODE_HOURS * HOUR_MS,
  );
  return enrolled.ok
    ? { deviceId, deviceToken, deviceNumber: enrolled.number, unit: enrolled.unit }
    : enrolled.reason;
}

export const deviceForToken = (db: Db, token: string): Device | null =>
  deviceByTokenHash(db, sha256Hex(token));
