import type { Db } from '../../node-shared/db/connection';
import type { ReportVerification } from '../../shared/platform-api/report';
import { toBeijingIso } from '../../shared/time';
import { findReport } from './registry.repo';

/**
 * The answer to "is this report genuine?": unknown when the number was never registered (or not yet: a report
 * issued offline is registered at its PC's next sync), hash-mismatch when the number is registered with other
 * content, valid when both agree. What the registry holds of the report (whose report it is, who issued it) is
 * told only with the right hash, that is, to someone who holds the report: report numbers follow a pattern
 * (area, day, device, counter), and a wrong hash must not let anyone read the registry number by number.
 * One primary-key read: cheap enough to serve to anyone.
 */
export function verifyReport(db: Db, number: string, hash: string | null, now: Date): ReportVerification {
  const checkedAt = toBeijingIso(now);
  const found = findReport(db, number);
  if (found === null) return { status: 'unknown', number, checkedAt, report: null };
  if (hash === null || hash.toLowerCase() !== found.contentHash)
    return { status: 'hash-mismatch', number, checkedAt, report: null };
  return {
    status: 'valid',
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
