import { z } from 'zod';
import { freeText } from './free-text';
import { verificationFailure } from '../commitment/failure';
import { CommitmentType, commitmentTypes } from '../commitment/rules';
import { verificationIssues } from '../commitment/validation';
import { isoDate, isoDateTime } from './catalogue';
import { IdentifierKind, SubjectKind } from './subject';
import { unitCode } from './contact-fields';
import { listSort } from './list-sort';

/**
 * A notice-and-commitment item (告知承诺), with the fields of the provincial data standard (DOMAIN.md). Clients
 * create and verify them offline; the platform keeps the city's copy, arbitrates by `version` and feeds them back.
 */

/** 审批替代型 / 容缺受理型 / 证明事项型 / 信用修复型 / 行业自律型 / 主动型 (the six of the seed) / 其他 */
export { CommitmentType, commitmentTypes };

/**
 * The matter of a 信用修复型 commitment: the repair application itself, not a matter of the catalogue. Its code
 * is stored as the commitment's matterCode; the name is shown (and printed) for it.
 */
export const REPAIR_MATTER_CODE = 'credit-repair';
export const REPAIR_MATTER_NAME = '信用修复申请';

/** 可向社会公开 / 特定范围内公开 / 不可公开 */
export const PublicityType = z.enum(['public', 'restricted', 'private']);
export type PublicityType = z.infer<typeof PublicityType>;

/** 全部履行 / 部分履行 / 全部未履行 */
export const Fulfilment = z.enum(['fulfilled', 'partial', 'unfulfilled']);
export type Fulfilment = z.infer<typeof Fulfilment>;

/** 待核查 / 已核查 */
export const CommitmentState = z.enum(['pending', 'verified']);
export type CommitmentState = z.infer<typeof CommitmentState>;

/** 承诺编码: 6-digit area code + 8-digit date (YYYYMMDD) + 6-digit serial. */
export const CommitmentCode = z.string().regex(/^\d{20}$/, '承诺编码应为20位数字');

/** 认定单位 / 受理单位: a name and its code (统一社会信用代码 or the department's own code). */
export const Unit = z.object({
  name: freeText({ max: 100, tooLong: '单位名称过长' }).min(1, '请填写单位名称'),
  code: freeText({ max: 32, tooLong: '单位代码过长' }).min(1, '请填写单位代码'),
});
export type Unit = z.infer<typeof Unit>;

/**
 * A unit as the window types it now: its code of the shape of a 统一社会信用代码 or 组织机构代码. Only new input is
 * held to it; commitments already stored or queued for the platform keep the looser Unit, so an update never
 * makes them unreadable or refused.
 */
export const UnitInput = Unit.extend({ code: unitCode().min(1, '请填写单位代码') });

export const Committer = z.object({
  name: freeText({ max: 200, tooLong: '承诺人名称过长' }).min(1, '请填写承诺人名称'),
  kind: SubjectKind,
  /** USCC or citizen ID, validated with the check digits (legacy codes are not accepted for a commitment). */
  identifier: freeText({ max: 64, tooLong: '证件号码过长' }).min(1, '请填写统一社会信用代码或身份证号码'),
});
export type Committer = z.infer<typeof Committer>;

/** What the clerk fills in; the code, dates of record and operator are added by the core. */
export const CommitmentDraft = z.object({
  committer: Committer,
  type: CommitmentType,
  /** 事由 */
  reason: freeText({ max: 500, tooLong: '承诺事由过长', multiline: true }).min(1, '请填写承诺事由'),
  /** 内容 */
  content: freeText({ max: 4000, tooLong: '承诺内容过长', multiline: true }).min(1, '请填写承诺内容'),
  /** 违诺责任 */
  liability: freeText({ max: 2000, tooLong: '违诺责任过长', multiline: true }).min(1, '请填写违诺责任'),
  /** 作出日期 */
  madeOn: isoDate,
  /** 有效期 (last day); null: 长期 */
  validUntil: isoDate.nullable(),
  matterCode: z.string().trim().min(1, '请选择所属事项'),
  caseNumber: freeText({ max: 64, tooLong: '办件编号过长' }).nullable(),
  recognisingUnit: Unit,
  acceptingUnit: Unit,
  publicity: PublicityType,
  /** The day by which the authority must verify (核查) the commitment. */
  verifyBy: isoDate,
  /** The check that cleared the route (optional: a commitment may be recorded without one). */
  checkId: z.string().min(1).nullable().default(null),
});
export type CommitmentDraft = z.infer<typeof CommitmentDraft>;

/**
 * The result of verification (核查) and fulfilment. The rules between the fields (shared/commitment/
 * validation.ts) are part of the schema, so the window, the core and the platform refuse the same; "not before
 * 作出日期" needs the commitment and is checked with verificationProblem().
 */
export const Verification = z
  .object({
    fulfilment: Fulfilment,
    /** 未履行内容: required unless 全部履行 and not false. */
    unfulfilledContent: freeText({ max: 2000, tooLong: '未履行内容过长', multiline: true }).nullable(),
    /** 违诺责任追究: required unless 全部履行 and not false. */
    liabilityPursued: freeText({ max: 2000, tooLong: '违诺责任追究情况过长', multiline: true }).nullable(),
    /** The commitment was false (虚假承诺), found on verification. */
    falseCommitment: z.boolean(),
    verifiedOn: isoDate,
  })
  .superRefine((verification, context) => {
    for (const issue of verificationIssues(verification))
      context.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
  });
export type Verification = z.infer<typeof Verification>;

export const Commitment = CommitmentDraft.extend({
  id: z.string().min(1),
  code: CommitmentCode,
  identifierKind: IdentifierKind,
  /** The registry subject, when the committer is in the cache. */
  subjectId: z.string().nullable(),
  state: CommitmentState,
  verification: Verification.nullable(),
  verifiedBy: z.string().nullable(),
  /** The repair application a 信用修复型 commitment belongs to. */
  repairId: z.string().nullable(),
  /** The credit record a broken or false commitment became (set by the platform). */
  recordId: z.string().nullable(),
  operator: z.string(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  /** Raised by the platform on every accepted change; an edit is based on the version the client saw. */
  version: z.number().int().positive(),
});
export type Commitment = z.infer<typeof Commitment>;

/** A broken (partial, unfulfilled) or false commitment becomes failure information of the committer. */
export const isBroken = (verification: Verification | null): boolean =>
  verificationFailure(verification) !== null;

/** commitments:create: a draft whose units are typed now (UnitInput). */
export const CommitmentCreateRequest = CommitmentDraft.extend({
  recognisingUnit: UnitInput,
  acceptingUnit: UnitInput,
});
export const CommitmentVerifyRequest = z.object({
  id: z.string().min(1),
  /** The version the clerk looked at; a newer one at the platform is a conflict, shown, never overwritten. */
  baseVersion: z.number().int().positive(),
  verification: Verification,
});
export type CommitmentVerifyRequest = z.infer<typeof CommitmentVerifyRequest>;

/** 待核查 (not yet due) / 即将到期 / 已逾期 / 已核查 */
export const CommitmentDue = z.enum(['open', 'due-soon', 'overdue', 'verified']);
export type CommitmentDue = z.infer<typeof CommitmentDue>;

/** The columns 告知承诺 can be sorted by. */
export const CommitmentSortField = z.enum([
  'code',
  'committerName',
  'type',
  'matterName',
  'madeOn',
  'verifyBy',
]);
export type CommitmentSortField = z.infer<typeof CommitmentSortField>;

export const CommitmentListRequest = z.object({
  due: CommitmentDue.optional(),
  matterCode: z.string().optional(),
  type: CommitmentType.optional(),
  fulfilment: Fulfilment.optional(),
  /** Name, code or identifier. */
  query: freeText({ max: 100, tooLong: '查询内容过长' }).optional(),
  ...listSort(CommitmentSortField),
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).default(0),
});
export type CommitmentListRequest = z.input<typeof CommitmentListRequest>;

export const CommitmentListItem = z.object({
  id: z.string(),
  code: z.string(),
  committerName: z.string(),
  identifierMasked: z.string(),
  type: CommitmentType,
  matterCode: z.string(),
  matterName: z.string(),
  madeOn: isoDate,
  verifyBy: isoDate,
  state: CommitmentState,
  due: CommitmentDue,
  fulfilment: Fulfilment.nullable(),
  falseCommitment: z.boolean(),
  /** An edit of this item the platform refused, as a conflict or outright (shown on the item). */
  conflict: z.boolean(),
});
export type CommitmentListItem = z.infer<typeof CommitmentListItem>;

export const CommitmentList = z.object({
  total: z.number().int(),
  counts: z.object({ open: z.number().int(), dueSoon: z.number().int(), overdue: z.number().int() }),
  items: z.array(CommitmentListItem),
});
export type CommitmentList = z.infer<typeof CommitmentList>;

/**
 * An edit of the item the platform did not take: a conflict (the item had moved on there: both sides, for the
 * clerk to reconcile) or a rejection (refused outright, with the platform's reason).
 */
export const WorkflowConflict = z.object({
  mutationId: z.number().int(),
  at: isoDateTime,
  state: z.enum(['conflict', 'rejected']),
  /** In words: the platform's reason for a rejection; what happened, for a conflict. */
  message: z.string(),
  /** What this client tried (the outbox payload). */
  local: z.unknown(),
  /** The platform's version at the time (as it answered); null for a rejection. */
  server: z.unknown(),
});
export type WorkflowConflict = z.infer<typeof WorkflowConflict>;

export const CommitmentDetail = z.object({
  commitment: Commitment,
  matterName: z.string(),
  identifierMasked: z.string(),
  due: CommitmentDue,
  conflicts: z.array(WorkflowConflict),
});
export type CommitmentDetail = z.infer<typeof CommitmentDetail>;

/**
 * Whether an applicant may use the commitment route (告知承诺), and why not. `allowed` is false when anything
 * bars it; `barredTypes` says which commitment types the bars apply to (the others stay open). Snapshots taken
 * before types were told apart lack it: then every type counted as barred.
 */
export const CommitmentRoute = z.object({
  allowed: z.boolean(),
  reasons: z.array(z.object({ code: z.string(), message: z.string() })),
  barredTypes: z.array(CommitmentType).optional(),
});
export type CommitmentRoute = z.infer<typeof CommitmentRoute>;
