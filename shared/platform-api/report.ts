import { z } from 'zod';
import { freeText } from '../domain/free-text';
import { isoDate, isoDateTime } from '../domain/catalogue';
import { Sha256 } from '../domain/files';
import { AuthorisationMethod } from '../domain/report';
import { SubjectKind } from '../domain/subject';
import { ReportNumber } from '../report/model';
import { platformRoutes } from './api';

/**
 * The 授权 of a natural person's report as the registry keeps it: how it was given, by whom it was recorded, and
 * for a signed authorisation the file's content address (uploaded before the entry, like repair materials).
 * Never the person's name: the registry's facts are public on the verification page.
 */
export const RegisteredAuthorisation = z
  .object({
    method: AuthorisationMethod,
    documentSha256: Sha256.nullable(),
    signedOn: isoDate.nullable(),
    recordedBy: freeText({ max: 100, tooLong: '记录人姓名过长' }).min(1, '请填写记录人'),
    recordedAt: isoDateTime,
  })
  .refine(
    (authorisation) => (authorisation.method === 'document') === (authorisation.documentSha256 !== null),
    '授权书须附文件；本人到场授权不附文件',
  );
export type RegisteredAuthorisation = z.infer<typeof RegisteredAuthorisation>;

/**
 * 'report.issued': what the platform's report registry keeps of an issued public credit report — enough to
 * answer "was this number issued, and with this content?" on a public page, and nothing more. Names of natural
 * persons and their ID numbers arrive already masked: the verification page is public.
 */
export const ReportIssuedPayload = z
  .object({
    number: ReportNumber,
    contentHash: Sha256,
    subjectId: z.string().min(1),
    subjectKind: SubjectKind,
    /** Masked for natural persons (王*), the full name for organisations. */
    subjectName: freeText({ max: 200, tooLong: '主体名称过长' }).min(1, '请填写主体名称'),
    /** Masked for natural persons, the USCC for organisations. */
    identifier: z.string().min(1).max(32),
    issuingUnit: freeText({ max: 200, tooLong: '出具单位名称过长' }).min(1, '请填写出具单位'),
    issuingUnitCode: z.string().max(32),
    dataAsOf: isoDateTime,
    issuedAt: isoDateTime,
    issuedBy: freeText({ max: 100, tooLong: '出具人姓名过长' }).min(1, '请填写出具人'),
    /** Required for a natural person's report (absent from reports of other subjects). */
    authorisation: RegisteredAuthorisation.nullish(),
  })
  .refine((payload) => payload.subjectKind !== 'natural-person' || (payload.authorisation ?? null) !== null, {
    message: '个人公共信用信息报告须附本人授权记录',
    path: ['authorisation'],
  });
export type ReportIssuedPayload = z.infer<typeof ReportIssuedPayload>;

export const reportVerificationStatuses = ['valid', 'hash-mismatch', 'unknown'] as const;
export const ReportVerificationStatus = z.enum(reportVerificationStatuses);
export type ReportVerificationStatus = z.infer<typeof ReportVerificationStatus>;

/**
 * GET reports/<number>/verification?hash=<sha256> — public (no device token): anyone holding a printed report
 * asks whether its number was issued and whether its content hash is the one registered. `report` is present
 * only when the hash matches (status valid): a wrong hash learns nothing of whose report the number is.
 */
export const ReportVerification = z.object({
  status: ReportVerificationStatus,
  number: z.string(),
  checkedAt: isoDateTime,
  report: z
    .object({
      subjectName: z.string(),
      subjectKind: SubjectKind,
      identifier: z.string(),
      issuingUnit: z.string(),
      issuedAt: isoDateTime,
      dataAsOf: isoDateTime,
      registeredAt: isoDateTime,
    })
    .nullable(),
});
export type ReportVerification = z.infer<typeof ReportVerification>;

/** The human page the QR code opens: `<platform>/verify/<number>?h=<hash>`. */
export const reportVerifyUrl = (platformUrl: string, number: string, contentHash: string): string =>
  `${platformUrl.replace(/\/+$/, '')}${platformRoutes.reportVerifyPage}/${encodeURIComponent(number)}?h=${contentHash}`;
