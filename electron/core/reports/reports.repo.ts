import type { Commitment } from '../../../shared/domain/commitment';
import type { ReportAuthorisation, ReportListRequest, ReportSummary } from '../../../shared/domain/report';
import type { Subject } from '../../../shared/domain/subject';
import { commitmentFromRow } from '../../../shared/platform-api/synced/commitments';
import type { Db } from '../../../node-shared/db/connection';

/** An issued report as stored: `content` is the canonical JSON whose sha256 is `contentHash`. */
export type StoredReport = Omit<ReportSummary, 'registered' | 'authorisationMethod'> & {
  issuingUnit: string;
  issuingUnitCode: string;
  verifyUrl: string | null;
  content: string;
  contentHash: string;
  /** The 授权 of a natural person's report, stored with it (JSON column); null otherwise. */
  authorisation: ReportAuthorisation | null;
};

const COLUMNS = `number, subject_id AS subjectId, subject_name AS subjectName, subject_kind AS subjectKind,
  identifier_masked AS identifier, purpose, case_number AS caseNumber, data_as_of AS dataAsOf,
  issuing_unit AS issuingUnit, issuing_unit_code AS issuingUnitCode, issued_at AS issuedAt,
  issued_by AS issuedBy, verify_url AS verifyUrl, content, content_hash AS contentHash, authorisation`;

/** How the 授权 was given, read from the stored JSON (null where none was recorded). */
const AUTHORISATION_METHOD = "json_extract(authorisation, '$.method')";

/** Whether the platform has taken the report's 'report.issued' entry (only then can it be verified there). */
const REGISTERED = `EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'report.issued' AND o.state = 'delivered'
  AND json_extract(o.payload, '$.number') = reports.number)`;

export function insertReport(db: Db, report: StoredReport): void {
  db.prepare(
    `INSERT INTO reports (number, subject_id, subject_name, subject_kind, identifier_masked, purpose, case_number,
       data_as_of, issuing_unit, issuing_unit_code, issued_at, issued_by, verify_url, content, content_hash,
       authorisation)
     VALUES (@number, @subjectId, @subjectName, @subjectKind, @identifier, @purpose, @caseNumber, @dataAsOf,
       @issuingUnit, @issuingUnitCode, @issuedAt, @issuedBy, @verifyUrl, @content, @contentHash, @authorisation)`,
  ).run({
    ...report,
    authorisation: report.authorisation === null ? null : JSON.stringify(report.authorisation),
  });
}

export function getReport(db: Db, number: string): (StoredReport & { registered: boolean }) | null {
  const row = db
    .prepare(`SELECT ${COLUMNS}, ${REGISTERED} AS registered FROM reports WHERE number = ?`)
    .get(number) as
    (Omit<StoredReport, 'authorisation'> & { authorisation: string | null; registered: number }) | undefined;
  if (row === undefined) return null;
  const authorisation =
    row.authorisation === null ? null : (JSON.parse(row.authorisation) as ReportAuthorisation);
  return { ...row, authorisation, registered: row.registered === 1 };
}

/** Issued reports, newest first, filtered by text (name, identifier, report or case number) and issue day. */
export function listReports(
  db: Db,
  request: ReportListRequest & { limit: number },
): { items: ReportSummary[]; total: number } {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: request.limit };
  if (request.query !== undefined && request.query !== '') {
    where.push(`(instr(subject_name, @query) > 0 OR instr(identifier_masked, @query) > 0
      OR instr(number, @query) > 0 OR instr(case_number, @query) > 0)`);
    params.query = request.query;
  }
  // issued_at is a Beijing-time ISO string, so its first ten characters are the day of issue.
  if (request.from !== undefined) {
    where.push('substr(issued_at, 1, 10) >= @from');
    params.from = request.from;
  }
  if (request.to !== undefined) {
    where.push('substr(issued_at, 1, 10) <= @to');
    params.to = request.to;
  }
  const clause = where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`;
  const rows = db
    .prepare(
      `SELECT number, subject_id AS subjectId, subject_name AS subjectName, subject_kind AS subjectKind,
         identifier_masked AS identifier, purpose, case_number AS caseNumber, data_as_of AS dataAsOf,
         issued_at AS issuedAt, issued_by AS issuedBy, ${REGISTERED} AS registered,
         ${AUTHORISATION_METHOD} AS authorisationMethod
       FROM reports ${clause} ORDER BY issued_at DESC, number DESC LIMIT @limit`,
    )
    .all(params) as (Omit<ReportSummary, 'registered'> & { registered: number })[];
  const { limit: _limit, ...countParams } = params;
  const total = db.prepare(`SELECT count(*) FROM reports ${clause}`).pluck().get(countParams) as number;
  return { items: rows.map((row) => ({ ...row, registered: row.registered === 1 })), total };
}

/** The subject's commitments, by registry id or, for one recorded before the subject was known, its identifier. */
export function commitmentsOfSubject(db: Db, subject: Subject): Commitment[] {
  const rows = db
    .prepare(
      'SELECT * FROM commitments WHERE subject_id = ? OR committer_identifier = ? ORDER BY made_on, code',
    )
    .all(subject.id, subject.identifier) as Record<string, unknown>[];
  return rows.map(commitmentFromRow);
}
