import { z } from 'zod';
import { freeText } from './free-text';
import { CreditReport, ReportNumber } from '../report/model';
import { isoDate, isoDateTime } from './catalogue';
import { Sha256 } from './files';
import { SubjectKind } from './subject';
import { recordDay } from '../calendar/day';

export const authorisationMethods = ['in-person', 'document'] as const;
/** 本人持居民身份证到场 / 提交本人签署的授权书 */
export const AuthorisationMethod = z.enum(authorisationMethods);
export type AuthorisationMethod = z.infer<typeof AuthorisationMethod>;

/** The signed authorisation, kept in the content-addressed file store like repair materials (files:add). */
export const AuthorisationDocument = z.object({
  sha256: Sha256,
  name: freeText({ max: 200, tooLong: '文件名过长' }).min(1, '请填写文件名'),
  size: z.number().int().positive(),
});
export type AuthorisationDocument = z.infer<typeof AuthorisationDocument>;

const inPerson = z.object({
  method: z.literal('in-person'),
  /** The name on the ID card the person showed; must be the subject's. */
  personName: freeText({ max: 50, tooLong: '到场人姓名过长' }).min(1, '请填写到场人姓名'),
  /** The clerk confirms the ID card was checked and its number is the subject's. */
  idCardChecked: z.literal(true, { message: '请确认已核验本人居民身份证' }),
});
const byDocument = z.object({
  method: z.literal('document'),
  document: AuthorisationDocument,
  /** 签署日期 of the authorisation. */
  signedOn: recordDay,
});

/**
 * 授权 for a natural person's report (resources/rules/report-policy.json): the person present with the ID card,
 * or a signed authorisation attached. Required for the subjects the policy names; refused for the others.
 */
export const AuthorisationGiven = z.discriminatedUnion('method', [inPerson, byDocument]);
export type AuthorisationGiven = z.infer<typeof AuthorisationGiven>;

const recorded = {
  /** The signed-in user who recorded it (display name, 受理人). */
  recordedBy: freeText({ max: 100, tooLong: '记录人姓名过长' }).min(1, '缺少记录人'),
  recordedAt: isoDateTime,
};
/** The 授权 as stored with the report (append-only, like the report itself). */
export const ReportAuthorisation = z.discriminatedUnion('method', [
  inPerson.extend(recorded),
  byDocument.extend(recorded),
]);
export type ReportAuthorisation = z.infer<typeof ReportAuthorisation>;

/**
 * Issuing a public credit report is a query of a subject's credit information: like every query it says for
 * which approval (办件编号) and for what purpose (DOMAIN.md, data security), and both are logged with who and when.
 */
export const ReportIssueRequest = z.object({
  subjectId: z.string().min(1),
  purpose: freeText({ max: 200, tooLong: '查询用途过长' }).min(2, '请填写查询用途'),
  caseNumber: freeText({ max: 64, tooLong: '办件编号过长' }).min(1, '请填写办件编号'),
  /** Required for a natural person (the core refuses the report without it). */
  authorisation: AuthorisationGiven.optional(),
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
  /** The 授权 recorded with a natural person's report; null for other subjects and reports issued before. */
  authorisation: ReportAuthorisation.nullable(),
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
  /** How the 授权 was given; null where none was recorded. */
  authorisationMethod: AuthorisationMethod.nullable(),
});
export type ReportSummary = z.infer<typeof ReportSummary>;

export const ReportListRequest = z.object({
  /** Part of the subject's name, its identifier, the report number or the case number. */
  query: freeText({ max: 100, tooLong: '查询内容过长' }).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.number().int().min(1).max(500).default(100),
});
export type ReportListRequest = z.input<typeof ReportListRequest>;

export const ReportList = z.object({ items: z.array(ReportSummary), total: z.number().int().nonnegative() });
export type ReportList = z.infer<typeof ReportList>;

export const ReportOutput = z.enum(['print', 'pdf']);
export type ReportOutput = z.infer<typeof ReportOutput>;
