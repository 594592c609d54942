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
  ReportAuthorisation,
  ReportIssueRequest,
  ReportList,
  ReportListRequest,
  ReportOutput,
} from '../../../shared/domain/report';
import type { Subject } from '../../../shared/domain/subject';
import { gradeNotices } from '../../../shared/grades/current';
import type { ReportPolicy } from '../../../shared/report/policy';
import type { PlatformUser } from '../../../shared/platform-api/api';
import { reportVerifyUrl, type ReportIssuedPayload } from '../../../shared/platform-api/report';
import { err, ok, type Result } from '../../../shared/result';
import { beijingDay, toBeijingIso } from '../../../shared/time';
import { getMeta } from '../app/meta.repo';
import { appendAudit } from '../audit/audit.repo';
import { readCatalogue } from '../catalogue/catalogue.repo';
import type { Db } from '../../../node-shared/db/connection';
import type { Rules } from '../rules/rules';
import { gradesOf } from '../subjects/grades.repo';
import { getSubjectById, listEntriesOf, recordsOf } from '../subjects/subjects.repo';
import { openObjectionsOf } from '../objections/objections.repo';
import { enqueue } from '../sync/outbox.repo';
import { allocateReportNumber } from './report-number';
import {
  commitmentsOfSubject,
  getReport,
  insertReport,
  listReports,
  type StoredReport,
} from './reports.repo';
import { printInBrowser } from '../ipc/print-in-browser';
import { reportMessages } from './texts';

export type ReportDeps = {
  db: Db;
  now: () => Date;
  /**
   * The rule tables in force: which records are no basis and stay out of the report (record-rules), the grade
   * policy of section 7.
   */
  rules: Rules;
  settings: () => Settings;
  /** The signed-in user (the guard has already refused a caller without the role). */
  user: () => PlatformUser | null;
  /** How the audit log names the user, e.g. 赵敏（zhaomin）. */
  actorOf: (user: PlatformUser) => string;
  /** resources/rules/report-policy.json: the standard, the titles, whose reports need a recorded 授权. */
  reportPolicy: ReportPolicy;
  /** The first of these files not stored on this PC, else null (the signed authorisation must be). */
  missingFile: (hashes: readonly string[]) => string | null;
};

export const sha256Text = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** What the platform's registry keeps of the 授权: never the person's name (the registry's facts are public). */
const registeredAuthorisation = (
  authorisation: ReportAuthorisation | null,
): ReportIssuedPayload['authorisation'] =>
  authorisation === null
    ? null
    : {
        method: authorisation.method,
        documentSha256: authorisation.method === 'document' ? authorisation.document.sha256 : null,
        signedOn: authorisation.method === 'document' ? authorisation.signedOn : null,
        recordedBy: authorisation.recordedBy,
        recordedAt: authorisation.recordedAt,
      };

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
    authorisation: stored.authorisation,
  };
}

/**
 * The 授权 to record with a report, checked against the policy and the subject: required for the kinds the
 * policy names (natural persons always), refused for the others; the person present must be the subject, a
 * signed authorisation's file must be stored here and its date not in the future.
 */
export function authorisationFor(
  deps: Pick<ReportDeps, 'reportPolicy' | 'missingFile'>,
  subject: Subject,
  given: ReportIssueRequest['authorisation'],
  recorded: { recordedBy: string; recordedAt: string; day: string },
): Result<ReportAuthorisation | null> {
  const required = deps.reportPolicy.authorisation.requiredFor.includes(subject.kind);
  if (given === undefined)
    return required ? err('REPORT_AUTHORISATION_REQUIRED', reportMessages.authorisationRequired) : ok(null);
  if (!required) return err('REPORT_AUTHORISATION_NOT_APPLICABLE', reportMessages.authorisationNotApplicable);
  const { recordedBy, recordedAt } = recorded;
  if (given.method === 'in-person') {
    const name = (text: string) => text.replace(/\s+/g, '');
    if (name(given.personName) !== name(subject.name))
      return err('REPORT_AUTHORISATION_INVALID', reportMessages.personNotSubject);
    return ok({ ...given, personName: given.personName.trim(), recordedBy, recordedAt });
  }
  if (given.signedOn > recorded.day)
    return err('REPORT_AUTHORISATION_INVALID', reportMessages.signedInFuture);
  if (deps.missingFile([given.document.sha256]) !== null)
    return err('REPORT_AUTHORISATION_INVALID', reportMessages.documentMissing);
  return ok({ ...given, recordedBy, recordedAt });
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
    const authorisation = authorisationFor(deps, subject, request.authorisation, {
      recordedBy: user.displayName,
      recordedAt: issuedAt,
      day,
    });
    if (!authorisation.ok) return authorisation;

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
        grades: gradeNotices(deps.rules.current().gradePolicy, gradesOf(db, subject.id), day),
        policy: deps.reportPolicy,
        authorisation: authorisation.value,
        reportNumber: number.value,
        dataAsOf,
        issuingUnit,
        day,
        printedBy: user.displayName,
        underObjection: new Set([...openObjectionsOf(db, subject.id).values()].map((open) => open.targetId)),
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
        authorisation: authorisation.value,
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
        authorisation: registeredAuthorisation(authorisation.value),
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
        detail: {
          subjectId: subject.id,
          subjectName: subject.name,
          contentHash,
          dataAsOf,
          issuingUnit,
          authorisation: payload.authorisation,
        },
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

  /** reports:pdf / reports:print: the desktop shell prints (ipc/print-in-browser.ts) an existing report. */
  const hostPrints = (number: string): Result<never> =>
    getReport(db, number) === null ? err('REPORT_NOT_FOUND', reportMessages.notFound) : printInBrowser();

  return { issue, get, list, printed, hostPrints };
}

export type ReportsService = ReturnType<typeof createReportsService>;
