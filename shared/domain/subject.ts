import { ObjectionMark } from './objection-mark';
import { z } from 'zod';
import { isoDate, isoDateTime } from './catalogue';

export const subjectKinds = ['legal-person', 'individual-business', 'natural-person'] as const;
export const SubjectKind = z.enum(subjectKinds);
export type SubjectKind = z.infer<typeof SubjectKind>;

export const IdentifierKind = z.enum(['uscc', 'citizen-id']);
export type IdentifierKind = z.infer<typeof IdentifierKind>;

/** 登记状态: 存续 / 注销 / 吊销. Natural persons are always `active`. */
export const RegistrationStatus = z.enum(['active', 'deregistered', 'revoked']);
export type RegistrationStatus = z.infer<typeof RegistrationStatus>;

export const Subject = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  identifier: z.string().min(1),
  identifierKind: IdentifierKind,
  kind: SubjectKind,
  regionCode: z.string().regex(/^\d{6}$/),
  legalRepresentative: z.string().nullable(),
  /** The representative's 公民身份号码 where the registry records it; links them to a natural-person subject. */
  legalRepresentativeId: z.string().nullish(),
  registeredOn: isoDate.nullable(),
  address: z.string().nullable(),
  status: RegistrationStatus,
  // The released column subjects.grade is no longer read: one field stood for three different results. Grade
  // results are rows of subject_grades (./grade.ts), each under its scheme.
  updatedAt: isoDateTime,
});
export type Subject = z.infer<typeof Subject>;

/** What a name search returns: enough to pick, with natural persons' ID numbers masked. */
export const SubjectSummary = z.object({
  id: z.string(),
  name: z.string(),
  identifierMasked: z.string(),
  kind: SubjectKind,
  regionCode: z.string(),
  status: RegistrationStatus,
});
export type SubjectSummary = z.infer<typeof SubjectSummary>;

export const listEntryStatuses = ['active', 'removed'] as const;

/** One subject's entry on a red, serious-failure or abnormal-operation list. */
export const ListEntry = z.object({
  id: z.string().min(1),
  subjectId: z.string().min(1),
  listType: z.string().min(1),
  listedOn: isoDate,
  listingUnit: z.string(),
  reason: z.string(),
  documentNumber: z.string().nullable(),
  expiresOn: isoDate.nullable(),
  removedOn: isoDate.nullable(),
  status: z.enum(listEntryStatuses),
});
export type ListEntry = z.infer<typeof ListEntry>;

/** Record categories, after the public credit report V2.0 (行政许可/行政处罚 are 行政管理). */
export const recordCategories = [
  'license',
  'penalty',
  'honor',
  'commitment',
  'evaluation',
  'judicial',
  'other',
] as const;
export const RecordCategory = z.enum(recordCategories);
export type RecordCategory = z.infer<typeof RecordCategory>;

/** 公示中 / 已停止公示 / 已修复 (a record whose publication a granted repair ended reads 已终止公示: recordStatusLabelOf). */
export const RecordStatus = z.enum(['published', 'unpublished', 'repaired']);
export type RecordStatus = z.infer<typeof RecordStatus>;

/** 处罚程序 of a 行政处罚: 简易程序 (当场作出) or 普通程序. */
export const penaltyProcedures = ['simple', 'ordinary'] as const;
export const PenaltyProcedure = z.enum(penaltyProcedures);
export type PenaltyProcedure = z.infer<typeof PenaltyProcedure>;

export const CreditRecord = z.object({
  id: z.string().min(1),
  subjectId: z.string().min(1),
  category: RecordCategory,
  title: z.string(),
  content: z.string(),
  sourceDepartment: z.string(),
  decisionNumber: z.string().nullable(),
  decisionOn: isoDate,
  /** 公示截止期 */
  publicationEndsOn: isoDate.nullable(),
  status: RecordStatus,
  // Added with repair and commitments; absent from evidence snapshots taken before, hence nullish.
  /** 轻微 / 一般 / 严重 / 特定严重: chooses the repair class. */
  severity: z.enum(['minor', 'general', 'serious', 'specific-serious']).nullish(),
  /** Field of a penalty (领域, e.g. work-safety; keys and names in record-rules.json) for the repair rules. */
  domain: z.string().nullish(),
  /**
   * 处罚程序 of a penalty, as the deciding department reported it (null: not reported). A natural person's
   * 简易程序 penalty is not a basis for 联合惩戒 (record-rules.json, recordBasis).
   */
  procedure: PenaltyProcedure.nullish(),
  /** The commitment whose failure this record is, and what kind of failure. */
  commitmentId: z.string().nullish(),
  commitmentFailure: z.enum(['false', 'unfulfilled', 'partial']).nullish(),
  /** How a granted repair changed the record (停止公示, 标注, 屏蔽 …) and when. */
  repairOutcome: z.enum(['stop-publication', 'remove-from-list', 'annotate', 'mask', 'delete']).nullish(),
  repairedOn: isoDate.nullish(),
  /** In a check result or report: the record is under an open objection (异议处理中). Never stored. */
  objection: ObjectionMark.optional(),
});
export type CreditRecord = z.infer<typeof CreditRecord>;
