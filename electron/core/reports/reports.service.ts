import { createHash } from 'node:crypto';
import type { Settings } from '../../../shared/domain/app';
import {
  CreditReport as CreditReportSchema,
  buildCreditReport,
  canonicalReportJson,
  coverIdentifier,
  publicSubjectName,
} from '../../../shared/report';
import type {
  IssuedReport,
  ReportIssueRequest,
  ReportList,
  ReportListRequest,
  ReportOutput,
} from '../../../shared/domain/report';
import type { PlatformUser } from '../../../shared/platform-api/api';
import { reportVerifyUrl, type ReportIssuedPayload } from '../../../shared/platform-api/report';
import { err, ok, type Result } from '../../../shared/result';
import { beijingDay, toBeijingIso } from '../../../shared/time';
import { getMeta } from '../app/meta.repo';
import { appendAudit } from '../audit/audit.repo';
import { readCatalogue } from '../catalogue/catalogue.repo';
import type { Db } from '../db/connection';
import type { Rules } from '../rules/rules';
import { getSubjectById, listEntriesOf, recordsOf } from '../subjects/subjects.repo';
import { enqueue } from '../sync/outbox.repo';
import { allocateReportNumber } from './report-number';
import {
  commitmentsOfSubject,
  getReport,
  insertReport,
  listReports,
  type StoredReport,
} from './reports.repo';
import { reportMessages } from './texts';

export type ReportDeps = {
  db: Db;
  now: () => Date;
  /** The rule tables in force: which records are no basis and stay out of the report (record-rules). */
  rules: Rules;
  settings: () => Settings;
  /** The signed-in user (the guard has already refused a caller without the role). */
  user: () => PlatformUser | null;
  /** How the audit log names the user, e.g. 赵敏（zhaomin）. */
  actorOf: (user: PlatformUser) => string;
};

export const sha256Text = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** The stored row as the contract's IssuedReport: the model parsed back from the very text that was hashed. */
function issuedOf(stored: StoredReport & { registered: boolean }): IssuedReport {
  return {
    number: stored.number,
    contentHash: stored.contentHash,
    report: CreditReportSchema.parse(JSON.parse(stored.content)),
    verifyUrl: stored.verifyUrl,
    issuingUnitCode: stored.issuingUnitCode,
    purpose: stored.purpose,
    caseNumber: stored.caseNumber,
    issuedAt: stored.issuedAt,
    issuedBy: stored.issuedBy,
    registered: stored.registered,
  };
}

/** 公共信用信息报告: issued from the local cache (offline too), stored as issued, registered at the platform by sync. */
export function createReportsService(deps: ReportDeps) {
  const { db } = deps;

  const issue = (request: ReportIssueRequest): Result<IssuedReport> => {
    const user = deps.user();
    if (user === null) return err('SIGN_IN_REQUIRED', reportMessages.signInRequired);
    const subject = getSubjectById(db, request.subjectId);
    if (subject === null) return err('SUBJECT_NOT_FOUND', reportMessages.subjectNotFound);
    const settings = deps.settings();
    // The department set on this PC, else the one the platform has for the user: a report never goes out
    // without the unit that issued it.
    const issuingUnit = settings.department.trim() || user.department.trim();
    if (issuingUnit === '') return err('REPORT_INVALID', reportMessages.issuingUnitMissing);
    const dataAsOf = getMeta(db, 'cache_as_of');
    if (dataAsOf === null) return err('REPORT_INVALID', reportMessages.cacheEmpty);
    const now = deps.now();
    const issuedAt = toBeijingIso(now);
    const day = beijingDay(now);
    const platformUrl = getMeta(db, 'platform_url');
    const enrolled = platformUrl !== null && getMeta(db, 'device_token') !== null;

    return db.transaction((): Result<IssuedReport> => {
      const number = allocateReportNumber(db, settings.districtCode, day);
      if (!number.ok) return number;
      const report = buildCreditReport({
        subject,
        entries: listEntriesOf(db, subject.id),
        listTypes: readCatalogue(db).listTypes,
        records: recordsOf(db, subject.id),
        recordRules: deps.rules.current().recordRules,
        commitments: commitmentsOfSubject(db, subject),
        reportNumber: number.value,
        dataAsOf,
        issuingUnit,
        day,
        printedBy: user.displayName,
      });
      const content = canonicalReportJson(report);
      const contentHash = sha256Text(content);
      const stored: StoredReport = {
        number: number.value,
        subjectId: subject.id,
        subjectName: subject.name,
        subjectKind: subject.kind,
        identifier: coverIdentifier(subject),
        purpose: request.purpose,
        caseNumber: request.caseNumber,
        dataAsOf,
        issuingUnit,
        issuingUnitCode: settings.departmentCode,
        issuedAt,
        issuedBy: user.displayName,
        verifyUrl: enrolled ? reportVerifyUrl(platformUrl, number.value, contentHash) : null,
        content,
        contentHash,
      };
      insertReport(db, stored);
      const payload: ReportIssuedPayload = {
        number: stored.number,
        contentHash,
        subjectId: subject.id,
        subjectKind: subject.kind,
        subjectName: publicSubjectName(subject),
        identifier: stored.identifier,
        issuingUnit,
        issuingUnitCode: settings.departmentCode,
        dataAsOf,
        issuedAt,
        issuedBy: user.displayName,
      };
      enqueue(db, 'report.issued', payload, issuedAt);
      appendAudit(db, {
        at: issuedAt,
        actor: deps.actorOf(user),
        action: 'report.issue',
        targetType: 'report',
        targetId: stored.number,
        caseNumber: request.caseNumber,
        purpose: request.purpose,
        detail: { subjectId: subject.id, subjectName: subject.name, contentHash, dataAsOf, issuingUnit },
      });
      return ok(issuedOf({ ...stored, registered: false }));
    })();
  };

  const get = (number: string): Result<IssuedReport> => {
    const stored = getReport(db, number);
    return stored === null ? err('REPORT_NOT_FOUND', reportMessages.notFound) : ok(issuedOf(stored));
  };

  const list = (request: ReportListRequest & { limit: number }): Result<ReportList> =>
    ok(listReports(db, request));

  /** Records a print or a saved PDF, with the approval and purpose the report was issued for. */
  const printed = (number: string, how: ReportOutput): Result<{ recorded: true }> => {
    const user = deps.user();
    if (user === null) return err('SIGN_IN_REQUIRED', reportMessages.signInRequired);
    const stored = getReport(db, number);
    if (stored === null) return err('REPORT_NOT_FOUND', reportMessages.notFound);
    const at = toBeijingIso(deps.now());
    db.transaction(() =>
      appendAudit(db, {
        at,
        actor: deps.actorOf(user),
        action: how === 'pdf' ? 'report.pdf' : 'report.print',
        targetType: 'report',
        targetId: number,
        caseNumber: stored.caseNumber,
        purpose: stored.purpose,
        detail: { subjectId: stored.subjectId, contentHash: stored.contentHash },
      }),
    )();
    return ok({ recorded: true });
  };

  /**
   * The core cannot print: the desktop shell overrides reports:pdf / reports:print and calls this first (so the
   * role guard and the report's existence are checked in the core); the browser host's page prints itself.
   */
  const hostPrints = (number: string): Result<never> =>
    getReport(db, number) === null
      ? err('REPORT_NOT_FOUND', reportMessages.notFound)
      : err('REPORT_PRINT_IN_BROWSER', reportMessages.printInBrowser);

  return { issue, get, list, printed, hostPrints };
}

export type ReportsService = ReturnType<typeof createReportsService>;
