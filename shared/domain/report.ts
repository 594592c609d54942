import { z } from 'zod';
import { CreditReport, ReportNumber } from '../report/model';
import { isoDate, isoDateTime } from './catalogue';
import { Sha256 } from './files';
import { SubjectKind } from './subject';

/**
 * Issuing a public credit report is a query of a subject's credit information: like every query it says for
 * which approval (办件编号) and for what purpose (DOMAIN.md, data security), and both are logged with who and when.
 */
export const ReportIssueRequest = z.object({
  subjectId: z.string().min(1),
  purpose: z.string().trim().min(2, '请填写查询用途').max(200),
  caseNumber: z.string().trim().min(1, '请填写办件编号').max(64),
});
export type ReportIssueRequest = z.infer<typeof ReportIssueRequest>;

/**
 * A report exactly as issued: the model (whose canonical JSON hashes to contentHash) and what the paper adds
 * around it — the verification URL the QR code encodes (it holds the hash, so it cannot be inside the hashed
 * content), who asked and why.
 */
export const IssuedReport = z.object({
  number: ReportNumber,
  contentHash: Sha256,
  report: CreditReport,
  /** `<platform>/verify/<number>?h=<hash>`; null when this PC was not enrolled with a platform at issue. */
  verifyUrl: z.string().nullable(),
  issuingUnitCode: z.string(),
  purpose: z.string(),
  caseNumber: z.string(),
  issuedAt: isoDateTime,
  /** The signed-in user who issued it (display name). */
  issuedBy: z.string(),
  /** True once the platform has registered it (its outbox entry was delivered): only then can it be verified. */
  registered: z.boolean(),
});
export type IssuedReport = z.infer<typeof IssuedReport>;

export const ReportSummary = z.object({
  number: ReportNumber,
  subjectId: z.string(),
  subjectName: z.string(),
  subjectKind: SubjectKind,
  /** Masked for natural persons, as printed. */
  identifier: z.string(),
  purpose: z.string(),
  caseNumber: z.string(),
  dataAsOf: isoDateTime,
  issuedAt: isoDateTime,
  issuedBy: z.string(),
  registered: z.boolean(),
});
export type ReportSummary = z.infer<typeof ReportSummary>;

export const ReportListRequest = z.object({
  /** Part of the subject's name, its identifier, the report number or the case number. */
  query: z.string().trim().max(100).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.number().int().min(1).max(500).default(100),
});
export type ReportListRequest = z.input<typeof ReportListRequest>;

export const ReportList = z.object({ items: z.array(ReportSummary), total: z.number().int().nonnegative() });
export type ReportList = z.infer<typeof ReportList>;

export const ReportOutput = z.enum(['print', 'pdf']);
export type ReportOutput = z.infer<typeof ReportOutput>;
