import { z } from 'zod';
import { isoDate } from '../domain/catalogue';
import { SubjectKind } from '../domain/subject';

/**
 * resources/rules/report-policy.json: what the public credit report follows — the report standard it is
 * made after, the title for each kind of subject, and which subjects' reports need their 授权 recorded before
 * they are issued. Data, with sources and confirmation, because part of it could not be checked against the
 * standard's own text (/work/notes/policy-findings.md §4).
 */
export const ReportPolicy = z.object({
  version: z.string().min(1),
  standard: z.object({
    /** 公共信用信息报告标准（2022年版） — printed in 《》 on the report. */
    name: z.string().min(1),
    issuer: z.string().min(1),
    issuedOn: isoDate,
    source: z.string().min(1),
    confirmed: z.boolean(),
    /** Whether the standard's list of report sections was confirmed (else the V2.0 sections 1–10 are kept). */
    sectionsConfirmed: z.boolean(),
    note: z.string().optional(),
  }),
  /** The report's title for each kind of subject (every kind: the record is exhaustive). */
  titles: z.record(SubjectKind, z.string().min(1)),
  titlesSource: z.string().min(1),
  titlesConfirmed: z.boolean(),
  titlesNote: z.string().optional(),
  authorisation: z.object({
    /** The subjects whose report cannot be issued without a recorded 授权 (natural persons always). */
    requiredFor: z
      .array(SubjectKind)
      .refine(
        (kinds) => kinds.includes('natural-person'),
        '个人的报告必须经本人授权（natural-person 必须列入）',
      ),
    basis: z.string().min(1),
    confirmed: z.boolean(),
    note: z.string().optional(),
  }),
});
export type ReportPolicy = z.infer<typeof ReportPolicy>;
