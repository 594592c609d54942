import { reportNumber } from '../../../shared/report/number';
import { err, ok, type Result } from '../../../shared/result';
import type { Db } from '../../../node-shared/db/connection';
import { deviceNumber } from '../commitments/commitment-code';

/**
 * Allocates the next report number of `day` for this device (shared/report/number.ts): area code + date +
 * the device number the platform assigned at enrolment + the device's counter for that day (report_serials).
 * Call it inside the transaction that inserts the report, so a rolled-back issue gives its number back and two
 * reports never share one.
 */
export function allocateReportNumber(db: Db, areaCode: string, day: string): Result<string> {
  const device = deviceNumber(db);
  if (device === null)
    return err(
      'REPORT_NUMBER_FAILED',
      '本机尚未取得市平台分配的设备编号，暂不能出具信用报告。请联网同步一次后再出具',
    );
  const last =
    (db.prepare('SELECT last FROM report_serials WHERE day = ?').pluck().get(day) as number | undefined) ?? 0;
  const number = reportNumber({ areaCode, day, deviceNumber: device, counter: last + 1 });
  if (!number.ok) return err('REPORT_NUMBER_FAILED', number.message, { code: number.code });
  db.prepare(
    'INSERT INTO report_serials (day, last) VALUES (?, ?) ON CONFLICT (day) DO UPDATE SET last = excluded.last',
  ).run(day, last + 1);
  return ok(number.reportNumber);
}
