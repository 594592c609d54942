import type { Db } from '../../node-shared/db/connection';
import type { RegisteredAuthorisation, ReportIssuedPayload } from '../../shared/platform-api/report';

/** A registered report as the registry keeps it (the 授权 null where none was sent). */
export type RegisteredReport = Omit<ReportIssuedPayload, 'authorisation'> & {
  authorisation: RegisteredAuthorisation | null;
  deviceId: string;
  registeredAt: string;
};

const COLUMNS = `number, content_hash AS "contentHash", subject_id AS "subjectId", subject_kind AS "subjectKind",
  subject_name AS "subjectName", identifier, issuing_unit AS "issuingUnit", issuing_unit_code AS "issuingUnitCode",
  data_as_of AS "dataAsOf", issued_at AS "issuedAt", issued_by AS "issuedBy", device_id AS "deviceId",
  registered_at AS "registeredAt", authorisation`;

export function findReport(db: Db, number: string): RegisteredReport | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM reports WHERE number = ?`).get(number) as
    (Omit<RegisteredReport, 'authorisation'> & { authorisation: string | null }) | undefined;
  if (row === undefined) return null;
  const authorisation =
    row.authorisation === null ? null : (JSON.parse(row.authorisation) as RegisteredAuthorisation);
  return { ...row, authorisation };
}

export function insertReport(db: Db, report: RegisteredReport): void {
  db.prepare(
    `INSERT INTO reports (number, content_hash, subject_id, subject_kind, subject_name, identifier, issuing_unit,
       issuing_unit_code, data_as_of, issued_at, issued_by, device_id, registered_at, authorisation)
     VALUES (@number, @contentHash, @subjectId, @subjectKind, @subjectName, @identifier, @issuingUnit,
       @issuingUnitCode, @dataAsOf, @issuedAt, @issuedBy, @deviceId, @registeredAt, @authorisation)`,
  ).run({
    ...report,
    authorisation: report.authorisation === null ? null : JSON.stringify(report.authorisation),
  });
}
