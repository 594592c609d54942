import type { z } from 'zod';
import type { Db } from '../../node-shared/db/connection';
import { ReportIssuedPayload } from '../../shared/platform-api/report';
import { reportNumberFits } from '../../shared/report/number';
import { beijingDay } from '../../shared/time';
import { deviceNumberOf } from '../access/devices.repo';
import { hasFile } from '../files/files.repo';
import { findReport, insertReport } from './registry.repo';

export type RegisterOutcome =
  | { status: 'applied' }
  | { status: 'same' }
  | { status: 'rejected'; code: string; message: string }
  | z.ZodError;

/**
 * Registers a report issued at a window ('report.issued'), inside the caller's transaction. The number must be
 * one the sending device can issue (its device number, on the day of issue): that is what keeps numbers unique
 * in the city without a central counter, so a number that does not fit is refused, never registered. The same
 * report again is a duplicate; another report under a taken number is refused (a registered report never
 * changes: the verification page depends on it). A natural person's report must carry its 授权 (the payload's
 * schema refuses one without), and a signed authorisation's file must be here.
 */
export function registerReport(db: Db, raw: unknown, deviceId: string, receivedAt: string): RegisterOutcome {
  const parsed = ReportIssuedPayload.safeParse(raw);
  if (!parsed.success) return parsed.error;
  const payload = parsed.data;
  const existing = findReport(db, payload.number);
  if (existing !== null) {
    const same = existing.contentHash === payload.contentHash && existing.deviceId === deviceId;
    return same
      ? { status: 'same' }
      : {
          status: 'rejected',
          code: 'REPORT_NUMBER_TAKEN',
          message: `报告编号 ${payload.number} 已登记为另一份报告，本份报告未登记；请联系管理员核查本机的设备编号`,
        };
  }
  const deviceNumber = deviceNumberOf(db, deviceId);
  if (
    deviceNumber === null ||
    !reportNumberFits(payload.number, deviceNumber, beijingDay(new Date(payload.issuedAt)))
  )
    return {
      status: 'rejected',
      code: 'REPORT_NUMBER_MISMATCH',
      message: `报告编号 ${payload.number} 与本机的设备编号或出具日期不符，未登记`,
    };
  const authorisation = payload.authorisation ?? null;
  // A signed authorisation is evidence the city keeps: its file is uploaded before the entry (as repair
  // materials are), so the registry never points at a file it does not hold.
  if (
    authorisation !== null &&
    authorisation.documentSha256 !== null &&
    !hasFile(db, authorisation.documentSha256)
  )
    return {
      status: 'rejected',
      code: 'ATTACHMENT_MISSING',
      message: `报告编号 ${payload.number} 的授权书尚未上传到市平台，未登记；请重新同步`,
    };
  insertReport(db, { ...payload, authorisation, deviceId, registeredAt: receivedAt });
  return { status: 'applied' };
}
