import { z } from 'zod';
import { isoDate, isoDateTime, ListType, Matter, Measure } from './catalogue';
import { CommitmentRoute } from './commitment';
import { GradeNotice } from './grade';
import { CreditRecord, IdentifierKind, ListEntry, Subject } from './subject';

/** The approval a check belongs to (办件). */
export const ApprovalContext = z.object({
  /** 办件编号 */
  caseNumber: z.string().trim().min(1, '请填写办件编号').max(64, '办件编号过长'),
  matterCode: z.string().trim().min(1, '请选择事项'),
  note: z.string().trim().max(500, '备注过长').optional(),
});
export type ApprovalContext = z.infer<typeof ApprovalContext>;

/** The applicant: a typed/scanned identifier, or a subject picked from a name search. */
export const Applicant = z.discriminatedUnion('by', [
  z.object({
    by: z.literal('identifier'),
    raw: z.string().max(64, '输入过长'),
    /** A legacy code failing its check digit may be used only with a recorded reason. */
    override: z.object({ reason: z.string().trim().min(4, '请填写不少于4个字的理由').max(200) }).optional(),
  }),
  z.object({ by: z.literal('subject'), subjectId: z.string().min(1) }),
]);
export type Applicant = z.infer<typeof Applicant>;

export const CheckRunRequest = z.object({ context: ApprovalContext, applicant: Applicant });
export type CheckRunRequest = z.infer<typeof CheckRunRequest>;

export const verdictCodes = ['proceed', 'incentive', 'punishment', 'review'] as const;
/** 可办理 / 激励办理 / 惩戒办理 / 需人工研判 */
export const VerdictCode = z.enum(verdictCodes);
export type VerdictCode = z.infer<typeof VerdictCode>;

export const statusTags = [
  'incentive-target',
  'punishment-target',
  'abnormal-operation',
  'active',
  'deregistered',
  'revoked',
] as const;
/** 守信激励对象 / 失信惩戒对象 / 经营异常 / 存续 / 注销 / 吊销 */
export const StatusTag = z.enum(statusTags);
export type StatusTag = z.infer<typeof StatusTag>;

export const Reason = z.object({ code: z.string(), message: z.string() });
export type Reason = z.infer<typeof Reason>;

/** One active list entry of the subject, with the measures that apply to *this* matter. */
export const Hit = z.object({
  /** Stable within the check; feedback refers to it. */
  key: z.string(),
  entry: ListEntry,
  listType: ListType,
  incentives: z.array(Measure),
  punishments: z.array(Measure),
  /** Measures of this list type whose basis does not cover this matter (shown, never applied). */
  notApplicable: z.array(Measure),
  /** True when at least one measure applies, so feedback is required. */
  actionable: z.boolean(),
  /** Incentives withheld because the subject is also under punishment at this approval. */
  incentivesSuppressed: z.boolean(),
});
export type Hit = z.infer<typeof Hit>;

export const Freshness = z.object({
  cacheAsOf: isoDateTime.nullable(),
  ageHours: z.number().nullable(),
  staleAfterHours: z.number(),
  stale: z.boolean(),
});
export type Freshness = z.infer<typeof Freshness>;

export const IdentifierWarning = z.object({ code: z.string(), message: z.string() });

export const CheckQuery = z.object({
  by: z.enum(['identifier', 'subject']),
  raw: z.string(),
  normalized: z.string(),
  kind: IdentifierKind.nullable(),
  warnings: z.array(IdentifierWarning),
  overrideReason: z.string().nullable(),
});
export type CheckQuery = z.infer<typeof CheckQuery>;

/** Everything the clerk saw, frozen at check time: this is the evidence snapshot. */
export const CheckResult = z.object({
  checkId: z.string(),
  checkedAt: isoDateTime,
  operator: z.string(),
  context: z.object({ caseNumber: z.string(), matter: Matter, note: z.string().nullable() }),
  query: CheckQuery,
  found: z.boolean(),
  subject: Subject.nullable(),
  tags: z.array(StatusTag),
  /**
   * The subject's one grade as snapshots before the grade schemes recorded it (shown as such when the snapshot
   * has no `grades`); null in every check since.
   */
  grade: z.string().nullable(),
  /**
   * The subject's grade results in force at check time, each under its scheme with what the policy says it
   * implies: notices beside the verdict, never changing it. Absent from snapshots taken before they existed.
   */
  grades: z.array(GradeNotice).optional(),
  hits: z.array(Hit),
  records: z.array(CreditRecord),
  verdict: z.object({ code: VerdictCode, reasons: z.array(Reason) }),
  freshness: Freshness,
  /** May this applicant use the commitment route (告知承诺)? Absent from snapshots taken before it existed. */
  commitmentRoute: CommitmentRoute.optional(),
});
export type CheckResult = z.infer<typeof CheckResult>;

export const feedbackActions = ['punished', 'incentivized', 'none'] as const;
/** 已惩戒 / 已激励 / 未采取措施 */
export const FeedbackAction = z.enum(feedbackActions);
export type FeedbackAction = z.infer<typeof FeedbackAction>;

export const FeedbackItem = z.object({
  hitKey: z.string().min(1),
  action: FeedbackAction,
  measureCodes: z.array(z.string()),
  /** Required when no measure was taken. */
  reason: z.string().trim().max(500).nullable(),
  /** e.g. 不予通过资格审查 / 罚款10万元 */
  result: z.string().trim().min(1, '请填写处理结果').max(500),
  /** Yuan; null when no amount applies. */
  amount: z.number().nonnegative().max(1e12).nullable(),
  legalBasis: z.string().trim().min(1, '请填写法律依据').max(1000),
  department: z.string().trim().min(1, '请填写实施部门').max(100),
  districtCode: z.string().regex(/^\d{6}$/, '区划代码应为6位数字'),
  actedAt: isoDateTime,
});
export type FeedbackItem = z.infer<typeof FeedbackItem>;

export const FeedbackRecord = FeedbackItem.extend({
  id: z.string(),
  checkId: z.string(),
  recordedAt: isoDateTime,
  operator: z.string(),
});
export type FeedbackRecord = z.infer<typeof FeedbackRecord>;

export const FeedbackRequest = z.object({
  checkId: z.string().min(1),
  items: z.array(FeedbackItem).min(1, '至少填写一条反馈'),
});

export const FeedbackState = z.object({
  required: z.number().int(),
  recorded: z.number().int(),
  open: z.boolean(),
});
export type FeedbackState = z.infer<typeof FeedbackState>;

export const CheckDetail = z.object({
  result: CheckResult,
  feedback: z.array(FeedbackRecord),
  feedbackState: FeedbackState,
});
export type CheckDetail = z.infer<typeof CheckDetail>;

export const CheckListRequest = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  matterCode: z.string().optional(),
  verdict: VerdictCode.optional(),
  openFeedback: z.boolean().optional(),
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).default(0),
});
export type CheckListRequest = z.input<typeof CheckListRequest>;

export const CheckListItem = z.object({
  checkId: z.string(),
  checkedAt: isoDateTime,
  caseNumber: z.string(),
  matterCode: z.string(),
  matterName: z.string(),
  subjectName: z.string().nullable(),
  identifierMasked: z.string(),
  verdict: VerdictCode,
  found: z.boolean(),
  stale: z.boolean(),
  overridden: z.boolean(),
  feedbackState: FeedbackState,
});
export type CheckListItem = z.infer<typeof CheckListItem>;

export const CheckList = z.object({ total: z.number().int(), items: z.array(CheckListItem) });
export type CheckList = z.infer<typeof CheckList>;
