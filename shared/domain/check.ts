import { ObjectionMark } from './objection-mark';
import { z } from 'zod';
import { freeText } from './free-text';
import { isoDate, isoDateTime, ListType, Matter, Measure } from './catalogue';
import { CommitmentRoute } from './commitment';
import { StoredFile } from './files';
import { GradeNotice } from './grade';
import { CreditRecord, IdentifierKind, ListEntry, Subject, SubjectSummary } from './subject';
import { listSort } from './list-sort';

/** The approval a check belongs to (办件). */
export const ApprovalContext = z.object({
  /** 办件编号 */
  caseNumber: freeText({ max: 64, tooLong: '办件编号过长' }).min(1, '请填写办件编号'),
  matterCode: z.string().trim().min(1, '请选择事项'),
  note: freeText({ max: 500, tooLong: '备注过长', multiline: true }).optional(),
});
export type ApprovalContext = z.infer<typeof ApprovalContext>;

/** Why a legacy code failing its check digit is used all the same (recorded with the check). */
export const OverrideReason = freeText({ max: 200, tooLong: '理由不能超过200字' }).min(
  4,
  '请填写不少于4个字的理由',
);

/** The applicant: a typed/scanned identifier, or a subject picked from a name search. */
export const Applicant = z.discriminatedUnion('by', [
  z.object({
    by: z.literal('identifier'),
    raw: z.string().max(64, '输入过长'),
    /** A legacy code failing its check digit may be used only with a recorded reason. */
    override: z.object({ reason: OverrideReason }).optional(),
  }),
  z.object({ by: z.literal('subject'), subjectId: z.string().min(1) }),
]);
export type Applicant = z.infer<typeof Applicant>;

export const CheckRunRequest = z.object({ context: ApprovalContext, applicant: Applicant });
export type CheckRunRequest = z.infer<typeof CheckRunRequest>;

export const verdictCodes = ['proceed', 'incentive', 'punishment', 'review'] as const;
/** 可办理 / 适用守信激励措施 / 适用失信惩戒措施 / 需人工研判 (shared/domain/labels.ts) */
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
  /**
   * Measures covering this matter that the supervising department applies (监管提示): shown, never part of the
   * verdict or of the feedback duty. Absent from snapshots taken before the distinction.
   */
  supervisory: z.array(Measure).default([]),
  /** True when at least one window measure applies, so feedback is required. */
  actionable: z.boolean(),
  /** Incentives withheld: a serious listing or unrepaired false commitment, or a punishment at this approval. */
  incentivesSuppressed: z.boolean(),
  /** The entry is under an open objection (异议处理中). Absent: none (and in snapshots taken before). */
  objection: ObjectionMark.optional(),
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

/** Where the clerk queries a subject the city's data does not hold (信用中国, 信用河南 …); policy data. */
export const ExternalChannel = z.object({
  name: z.string().min(1).max(40),
  /** Told to the clerk as where to query; the app never opens it. */
  address: z.string().min(1).max(200),
});
export type ExternalChannel = z.infer<typeof ExternalChannel>;

/**
 * The city's data holds nothing on the applicant. For the matter categories the check policy names, the check
 * stays 需人工研判 until the clerk attaches what the external query showed (check:external-query).
 */
export const ExternalQueryDuty = z.object({
  required: z.boolean(),
  channels: z.array(ExternalChannel),
  basis: z.string(),
});
export type ExternalQueryDuty = z.infer<typeof ExternalQueryDuty>;

/** A natural person the cache links to the applicant (法定代表人 by 公民身份号码) with active listings. */
export const RelatedParty = z.object({
  role: z.literal('legal-representative'),
  subjectId: z.string(),
  name: z.string(),
  identifierMasked: z.string(),
  listings: z.array(z.object({ entry: ListEntry, listType: ListType })),
  /** The policy makes these listings turn this matter's verdict into 需人工研判. */
  affectsVerdict: z.boolean(),
});
export type RelatedParty = z.infer<typeof RelatedParty>;

/** The check this one re-examines: same 办件编号, 事项 and applicant. Its feedback carries over per list entry. */
export const RecheckOf = z.object({
  checkId: z.string(),
  checkedAt: isoDateTime,
  /** Hit keys of this check already answered by feedback on an earlier check of the same approval. */
  carriedHitKeys: z.array(z.string()),
});
export type RecheckOf = z.infer<typeof RecheckOf>;

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
  // The fields below were added with issue 10; older snapshots lack them.
  /** Not in the city's data: whether an external query is required before the approval proceeds. */
  externalQuery: ExternalQueryDuty.nullish(),
  /** Related natural persons with active listings (法定代表人). */
  related: z.array(RelatedParty).optional(),
  /** Set on a re-check of the same approval. */
  recheckOf: RecheckOf.nullish(),
  /**
   * Not found: cached subjects the typed code may have been meant as (是否为：…), masked, as the clerk saw them.
   * Absent when the subject was found, and from snapshots taken before it existed.
   */
  nearMatches: z.array(SubjectSummary).optional(),
  // The fields below were added with issue 14; older snapshots lack them (check:get fills `offline` from the row).
  /**
   * The platform was not reachable when the check ran (or none was set up): the evidence is this PC's offline
   * cache, as fresh as `freshness` says.
   */
  offline: z.boolean().optional(),
  /** The 受理单位 set up on this PC at check time (设置); the name is empty when none was set. */
  acceptingUnit: z.object({ name: z.string(), code: z.string() }).optional(),
});
export type CheckResult = z.infer<typeof CheckResult>;

/**
 * `details` of check:run's IDENTIFIER_INVALID and OVERRIDE_REASON_REQUIRED errors: what failed, whether the clerk
 * may go on with a recorded reason (a legacy-shaped USCC only), and the cached subjects the code may have been
 * meant as (是否为：…, masked), to pick instead of overriding or re-typing.
 */
export const IdentifierRefusal = z.object({
  code: z.enum(['length', 'format', 'checksum', 'date']),
  kind: z.enum(['uscc', 'citizen-id', 'unknown']),
  overridable: z.boolean(),
  nearMatches: z.array(SubjectSummary),
});
export type IdentifierRefusal = z.infer<typeof IdentifierRefusal>;

export const feedbackActions = ['punished', 'incentivized', 'none'] as const;
/** 已惩戒 / 已激励 / 未采取措施 */
export const FeedbackAction = z.enum(feedbackActions);
export type FeedbackAction = z.infer<typeof FeedbackAction>;

export const FeedbackItem = z.object({
  hitKey: z.string().min(1),
  action: FeedbackAction,
  measureCodes: z.array(z.string()),
  /** Required when no measure was taken. */
  reason: freeText({ max: 500, tooLong: '原因不能超过500字', multiline: true }).nullable(),
  /** e.g. 不予通过资格审查 / 罚款10万元 */
  result: freeText({ max: 500, tooLong: '处理结果不能超过500字', multiline: true }).min(1, '请填写处理结果'),
  /** Yuan; null when no amount applies. */
  amount: z.number().nonnegative().max(1e12).nullable(),
  legalBasis: freeText({ max: 1000, tooLong: '法律依据不能超过1000字', multiline: true }).min(
    1,
    '请填写法律依据',
  ),
  department: freeText({ max: 100, tooLong: '实施部门名称过长' }).min(1, '请填写实施部门'),
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

/** 未发现失信记录 / 发现失信记录 */
export const externalQueryOutcomes = ['clear', 'found'] as const;
export const ExternalQueryOutcome = z.enum(externalQueryOutcomes);
export type ExternalQueryOutcome = z.infer<typeof ExternalQueryOutcome>;

/**
 * What an external query showed (channel, time, result, a screenshot or PDF), attached to a check as evidence.
 * 财库〔2016〕125号 asks that query records and evidence be kept with the case files.
 */
const externalQueryFields = {
  channel: freeText({ max: 40, tooLong: '查询渠道名称过长' }).min(1, '请选择查询渠道'),
  queriedAt: isoDateTime,
  outcome: ExternalQueryOutcome,
  /** What the page showed; required when something was found. */
  summary: freeText({ max: 2000, tooLong: '查询结果说明过长', multiline: true }),
  attachments: z.array(StoredFile).max(5, '附件不能超过5个'),
};

export const ExternalQueryRequest = z
  .object({ checkId: z.string().min(1), ...externalQueryFields })
  .superRefine((request, context) => {
    if (request.outcome === 'found' && request.summary === '')
      context.addIssue({ code: 'custom', path: ['summary'], message: '查到失信记录时须写明查询结果' });
  });
export type ExternalQueryRequest = z.infer<typeof ExternalQueryRequest>;

/** As stored and sent up: the platform holds a device to the same bounds the window's form has. */
export const ExternalQueryRecord = z.object({
  id: z.string(),
  checkId: z.string(),
  ...externalQueryFields,
  recordedAt: isoDateTime,
  operator: z.string(),
});
export type ExternalQueryRecord = z.infer<typeof ExternalQueryRecord>;

/** Whether this check still waits for something: its external query, or a newer check of the same approval. */
export const CheckStanding = z.object({
  /** A later check of the same approval supersedes this one: its duties moved there. */
  supersededBy: z.string().nullable(),
  /** An external query is required and none is attached yet. */
  externalQueryOpen: z.boolean(),
});
export type CheckStanding = z.infer<typeof CheckStanding>;

export const CheckDetail = z.object({
  result: CheckResult,
  feedback: z.array(FeedbackRecord),
  feedbackState: FeedbackState,
  externalQueries: z.array(ExternalQueryRecord),
  standing: CheckStanding,
});
export type CheckDetail = z.infer<typeof CheckDetail>;

/** The columns 核查记录 can be sorted by. */
export const CheckSortField = z.enum(['checkedAt', 'caseNumber', 'matterName', 'subjectName', 'verdict']);
export type CheckSortField = z.infer<typeof CheckSortField>;

export const CheckListRequest = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  matterCode: z.string().optional(),
  verdict: VerdictCode.optional(),
  openFeedback: z.boolean().optional(),
  ...listSort(CheckSortField),
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
  /** Not in the city's data and no external query attached yet. */
  externalQueryOpen: z.boolean(),
  /** A re-check of an earlier check of the same approval. */
  recheck: z.boolean(),
  /** A later check of the same approval re-examined this one. */
  superseded: z.boolean(),
});
export type CheckListItem = z.infer<typeof CheckListItem>;

export const CheckList = z.object({ total: z.number().int(), items: z.array(CheckListItem) });
export type CheckList = z.infer<typeof CheckList>;
