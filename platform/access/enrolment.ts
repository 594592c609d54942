import { randomUUID } from 'node:crypto';
import type { Db } from '../../node-shared/db/connection';
import type { EnrolResponse } from '../../shared/platform-api/api';
import { toBeijingIso } from '../../shared/time';
import { deviceByTokenHash, enrolWithCode, insertEnrolmentCode, type Device } from './devices.repo';
import { enrolmentCodeHash, newDeviceToken, newEnrolmentCode, sha256Hex } from './secrets';

/** A new one-time code for the operator to hand to a county office; only its hash is kept. */
export function issueEnrolmentCode(db: Db, now: Date): string {
  const code = newEnrolmentCode();
  insertEnrolmentCode(db, enrolmentCodeHash(code), toBeijingIso(now));
  return code;
}

export type EnrolFailure = 'code-invalid' | 'numbers-exhausted';

/**
 * Spends a code on a new device with the next free device number; the token is returned once and only its hash
 * is kept. A failure says why: the code is unknown or used, or all 999 device numbers are taken.
 */
export function enrolDevice(
  db: Db,
  code: string,
  deviceName: string,
  now: Date,
): EnrolResponse | EnrolFailure {
  const deviceToken = newDeviceToken();
  const deviceId = randomUUID();
  const enrolled = enrolWithCode(db, enrolmentCodeHash(code), {
    id: deviceId,
    name: deviceName,
    tokenHash: sha256Hex(deviceToken),
    enrolledAt: toBeijingIso(now),
  });
  return enrolled.ok ? { deviceId, deviceToken, deviceNumber: enrolled.number } : enrolled.reason;
}

export const deviceForToken = (db: Db, token: string): Device | null =>
  deviceByTokenHash(db, sha256Hex(token));
