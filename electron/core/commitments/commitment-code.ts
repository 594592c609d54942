import { commitmentCode } from '../../../shared/commitment/code';
import { err, ok, type Result } from '../../../shared/result';
import { getMeta } from '../app/meta.repo';
import type { Db } from '../../../node-shared/db/connection';

/**
 * The device number in commitment codes: the one the platform assigned at enrolment; 0 for a stand-alone
 * client that never enrolled. null for a client enrolled before device numbers that has not yet asked the
 * platform for its number (the next sync does): issuing 000 codes then could collide with another such client.
 */
export function deviceNumber(db: Db): number | null {
  const stored = getMeta(db, 'device_number');
  if (stored !== null) return Number(stored);
  return getMeta(db, 'device_token') === null ? 0 : null;
}

/**
 * Allocates the next commitment code of `day` for this device: area code + date + device number + the device's
 * counter for that day (commitment_serials). Call it inside the transaction that inserts the commitment, so a
 * rolled-back insert gives its number back and two inserts never share one.
 */
export function allocateCommitmentCode(db: Db, areaCode: string, day: string): Result<string> {
  const device = deviceNumber(db);
  if (device === null)
    return err(
      'COMMITMENT_CODE_FAILED',
      '本机尚未取得市平台分配的设备编号，暂不能生成承诺编码。请联网同步一次后再办理',
    );
  const last =
    (db.prepare('SELECT last FROM commitment_serials WHERE day = ?').pluck().get(day) as
      number | undefined) ?? 0;
  const code = commitmentCode({ areaCode, day, deviceNumber: device, counter: last + 1 });
  if (!code.ok) return err('COMMITMENT_CODE_FAILED', code.message, { code: code.code });
  db.prepare(
    'INSERT INTO commitment_serials (day, last) VALUES (?, ?) ON CONFLICT (day) DO UPDATE SET last = excluded.last',
  ).run(day, last + 1);
  return ok(code.code);
}
