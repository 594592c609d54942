import type { Db } from '../../node-shared/db/connection';
import type { ReportVerification } from '../../shared/platform-api/report';
import { toBeijingIso } from '../../shared/time';
import { findReport } from './registry.repo';

/**
 * The answer to "is this report genuine?": unknown when the number was never registered (or not yet: a report
 * issued offline is registered at its PC's next sync), hash-mismatch when the number is registered with other
 * content, valid when both agree. One primary-key read: cheap enough to serve to anyone.
 */
export function verifyReport(db: Db, number: string, hash: string | null, now: Date): ReportVerification {
  const checkedAt = toBeijingIso(now);
  const found = findReport(db, number);
  if (found === null) return { status: 'unknown', number, checkedAt, report: null };
  return {
    status: hash !== null && hash.toLowerCase() === found.contentHash ? 'valid' : 'hash-mismatch',
    number,
    checkedAt,
    report: {
      subjectName: found.subjectName,
      subjectKind: found.subjectKind,
      identifier: found.identifier,
      issuingUnit: found.issuingUnit,
      issuedAt: found.issuedAt,
      dataAsOf: found.dataAsOf,
      registeredAt: found.registeredAt,
    },
  };
}
