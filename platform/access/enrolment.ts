import { randomUUID } from 'node:crypto';
import type { Db } from '../../node-shared/db/connection';
import type { EnrolResponse } from '../../shared/platform-api/api';
import { toBeijingIso } from '../../shared/time';
import { deviceByTokenHash, enrolWithCode, insertEnrolmentCode, type Device } from './devices.repo';
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

/**
 * A new one-time code for the operator to hand to a county office, accepted for `validHours`; only its hash is
 * kept.
 */
export function issueEnrolmentCode(
  db: Db,
  now: Date,
  validHours = ENROLMENT_CODE_HOURS,
): { code: string; expiresAt: string } {
  const code = newEnrolmentCode();
  const expiresAt = toBeijingIso(new Date(now.getTime() + validHours * HOUR_MS));
  insertEnrolmentCode(db, enrolmentCodeHash(code), toBeijingIso(now), expiresAt);
  return { code, expiresAt };
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
  return enrolled.ok ? { deviceId, deviceToken, deviceNumber: enrolled.number } : enrolled.reason;
}

export const deviceForToken = (db: Db, token: string): Device | null =>
  deviceByTokenHash(db, sha256Hex(token));
