import { z } from 'zod';
import { freeText } from './free-text';
import { isoDate, isoDateTime } from './catalogue';
import { WorkflowConflict } from './commitment';
import { phoneNumber } from './contact-fields';
import { listSort } from './list-sort';
import { Attachment, RepairTargetTable } from './repair';
import { SubjectSummary } from './subject';
import { ObjectionState } from '../objection/state-machine';

/**
 * An objection (异议) to public credit information, taken in at the window: a subject (or its agent) says that
 * records or list entries about it are wrong. The window takes it in (已受理) and may withdraw it at the
 * applicant's request; the platform routes it to the 认定单位 (the records' source department), which decides;
 * the decision and its effect on the records come back through the feed. Every deadline is data
 * (resources/rules/objection-policy.json), none confirmed (docs/research/issue-15-policy.md §1).
 */

/** The record objected to: a credit record or a list entry, as the repair workflow names them. */
export const ObjectionTargetTable = RepairTargetTable;
export type ObjectionTargetTable = z.infer<typeof ObjectionTargetTable>;

/** 记载错误或遗漏 / 超期公示 / 不应公示 / 其他 (local practice, 湛江/威海: §1d of the research; labels in labels.ts). */
export const objectionGrounds = [
  'error-or-omission',
  'overdue-publication',
  'should-not-publish',
  'other',
] as const;
export const ObjectionGround = z.enum(objectionGrounds);
export type ObjectionGround = z.infer<typeof ObjectionGround>;

/** 维持 / 更正 / 删除 / 屏蔽: what the 认定单位 decided for one record (labels in labels.ts). */
export const objectionOutcomes = ['maintain', 'correct', 'delete', 'mask'] as const;
export const ObjectionOutcome = z.enum(objectionOutcomes);
export type ObjectionOutcome = z.infer<typeof ObjectionOutcome>;

/**
 * The fields a 更正 may change: of a credit record (名称, 内容, 决定文书号, 决定日期, 公示截止期) or of a list entry
 * (列入事由, 文书号, 列入日期, 到期日期). The platform refuses a field of the other table.
 */
export const correctableRecordFields = [
  'title',
  'content',
  'decisionNumber',
  'decisionOn',
  'publicationEndsOn',
] as const;
export const correctableListEntryFields = ['reason', 'documentNumber', 'listedOn', 'expiresOn'] as const;
export const CorrectableField = z.enum([...correctableRecordFields, ...correctableListEntryFields]);
export type CorrectableField = z.infer<typeof CorrectableField>;

/** One corrected field: its value after the correction (a date as YYYY-MM-DD; '' clears a field that may be empty). */
export const ObjectionCorrection = z.object({
  field: CorrectableField,
  value: freeText({ max: 2000, tooLong: '更正后的内容不能超过2000字', multiline: true }),
  /** The value before, as the platform had it (set by the platform when it applies the correction). */
  previous: z.string().nullable().optional(),
});
export type ObjectionCorrection = z.infer<typeof ObjectionCorrection>;

/** A record objected to, with its title and 认定单位 as shown at intake, and what was decided for it. */
export const ObjectionTarget = z.object({
  targetTable: ObjectionTargetTable,
  targetId: z.string().min(1),
  /** The title as the applicant saw it (frozen at intake). */
  title: z.string(),
  /** 认定单位: the record's source department, or the unit that put the entry on its list. */
  unit: z.string(),
  /** Set with the decision. */
  outcome: ObjectionOutcome.nullable(),
  corrections: z.array(ObjectionCorrection),
});
export type ObjectionTarget = z.infer<typeof ObjectionTarget>;

/** 申请人本人（信用主体） or 代理人 (经办人 of a company, or a person's agent). */
export const ApplicantRole = z.enum(['subject', 'agent']);
export type ApplicantRole = z.infer<typeof ApplicantRole>;

/** 居民身份证 / 统一社会信用代码 / 其他有效身份证件 (labels in labels.ts). */
export const ApplicantIdKind = z.enum(['citizen-id', 'uscc', 'other-id']);
export type ApplicantIdKind = z.infer<typeof ApplicantIdKind>;

export const ObjectionApplicant = z.object({
  role: ApplicantRole,
  name: freeText({ max: 100, tooLong: '申请人姓名或名称过长' }).min(1, '请填写申请人姓名或名称'),
  idKind: ApplicantIdKind,
  idNumber: freeText({ max: 64, tooLong: '证件号码过长' }).min(1, '请填写申请人证件号码'),
  phone: phoneNumber().min(1, '请填写联系电话'),
});
export type ObjectionApplicant = z.infer<typeof ObjectionApplicant>;

/** The decision of the 认定单位, as the platform recorded it. */
export const ObjectionDecision = z.object({
  /** 处理意见 / 理由: told to the applicant in the 异议处理结果告知书. */
  reason: z.string(),
  decidedOn: isoDate,
  decidedAt: isoDateTime,
  /** The reviewer who recorded it at the platform. */
  decidedBy: z.string(),
  /** The 认定单位 on whose behalf. */
  unit: z.string(),
});
export type ObjectionDecision = z.infer<typeof ObjectionDecision>;

/** One step of the procedure as it happened. */
export const ObjectionStep = z.object({
  event: z.enum(['submit', 'route', 'extend', 'decide', 'reject', 'withdraw']),
  at: isoDateTime,
  /** The day the objection entered the state the step led to (deadlines count from it). */
  on: isoDate,
  by: z.string(),
  reason: z.string().nullable(),
});
export type ObjectionStep = z.infer<typeof ObjectionStep>;

export const Objection = z.object({
  id: z.string().min(1),
  subjectId: z.string().min(1),
  /** The subject's name as shown at intake. */
  subjectName: z.string(),
  /** The check the objection was raised from, if any. */
  checkId: z.string().nullable(),
  targets: z.array(ObjectionTarget).min(1),
  grounds: ObjectionGround,
  statement: z.string(),
  applicant: ObjectionApplicant,
  attachments: z.array(Attachment),
  /** 承诺所提交材料真实有效: always true (the window refuses an objection without it). */
  truthfulnessPledged: z.literal(true),
  /** 受理单位 (the window's department) and its code: whose item it is. */
  acceptingUnit: z.string(),
  acceptingUnitCode: z.string(),
  state: ObjectionState,
  /** Day the current state was entered: the working-day deadline runs from it. */
  stateEnteredOn: isoDate,
  /** 已转认定单位: the units it was routed to (distinct units of its targets), set by the platform. */
  routedTo: z.array(z.string()),
  /** The processing deadline was extended once (案情复杂或需核查: objection-policy.json). */
  extended: z.boolean(),
  history: z.array(ObjectionStep),
  decision: ObjectionDecision.nullable(),
  /** 不予受理 / 撤回: why (told to the applicant). */
  closingReason: z.string().nullable(),
  operator: z.string(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  version: z.number().int().positive(),
});
export type Objection = z.infer<typeof Objection>;

/** What the window fills in; titles, units and the 受理单位 are taken from the cache and the settings. */
export const ObjectionCreateRequest = z.object({
  subjectId: z.string().min(1, '请选择异议主体'),
  checkId: z.string().min(1).nullable().default(null),
  targets: z
    .array(z.object({ targetTable: ObjectionTargetTable, targetId: z.string().min(1, '请选择异议的记录') }))
    .min(1, '请至少选择一条有异议的记录')
    .max(20, '一次最多对20条记录提出异议'),
  grounds: ObjectionGround,
  statement: freeText({ max: 2000, tooLong: '异议事由不能超过2000字', multiline: true }).min(
    4,
    '请填写不少于4个字的异议事由',
  ),
  applicant: ObjectionApplicant,
  attachments: z.array(Attachment).max(20, '附件不能超过20个'),
  truthfulnessPledged: z.literal(true, { error: '须由申请人承诺所提交材料真实有效' }),
});
export type ObjectionCreateRequest = z.infer<typeof ObjectionCreateRequest>;

/** Window-side steps: 撤回 at the applicant's request (with what they said). */
export const ObjectionWindowStep = z.object({
  id: z.string().min(1),
  baseVersion: z.number().int().positive(),
  event: z.enum(['withdraw']),
  reason: freeText({ max: 1000, tooLong: '说明不能超过1000字', multiline: true }).min(1, '请填写撤回的原因'),
});
export type ObjectionWindowStep = z.infer<typeof ObjectionWindowStep>;

export const ObjectionCountdown = z.object({
  /** The step that is waiting (受理/转办, 处理) and its last working day. */
  label: z.string(),
  deadline: isoDate,
  /** Working days left, negative when overdue. */
  workingDaysLeft: z.number().int(),
  overdue: z.boolean(),
  /** Due within the rule table's warning window, or overdue. */
  atRisk: z.boolean(),
  /** The calendar lacks a year on the way, or the limit itself is unconfirmed (it is, today). */
  uncertain: z.boolean(),
  notice: z.string().nullable(),
});
export type ObjectionCountdown = z.infer<typeof ObjectionCountdown>;

/** The columns 异议处理 can be sorted by. */
export const ObjectionSortField = z.enum(['applicantName', 'subjectName', 'state', 'createdAt']);
export type ObjectionSortField = z.infer<typeof ObjectionSortField>;

export const ObjectionListRequest = z.object({
  state: ObjectionState.optional(),
  /** Only those still open (已受理, 已转认定单位). */
  open: z.boolean().optional(),
  /** Only open ones due within the warning window or overdue (the dashboard's list). */
  atRisk: z.boolean().optional(),
  subjectId: z.string().min(1).optional(),
  query: freeText({ max: 100, tooLong: '查询内容过长' }).optional(),
  ...listSort(ObjectionSortField),
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).default(0),
});
export type ObjectionListRequest = z.input<typeof ObjectionListRequest>;

export const ObjectionListItem = z.object({
  id: z.string(),
  subjectName: z.string(),
  applicantName: z.string(),
  /** The titles of the records objected to. */
  targetTitles: z.array(z.string()),
  grounds: ObjectionGround,
  state: ObjectionState,
  createdAt: isoDateTime,
  countdown: ObjectionCountdown.nullable(),
  attachments: z.number().int(),
  conflict: z.boolean(),
  /** Not yet delivered to the platform. */
  pending: z.boolean(),
});
export type ObjectionListItem = z.infer<typeof ObjectionListItem>;

export const ObjectionList = z.object({ total: z.number().int(), items: z.array(ObjectionListItem) });
export type ObjectionList = z.infer<typeof ObjectionList>;

/** A target as the cache has it now (after a decision: its new state). */
export const ObjectionTargetNow = z.object({
  targetTable: ObjectionTargetTable,
  targetId: z.string(),
  title: z.string(),
  statusLabel: z.string(),
  exists: z.boolean(),
});
export type ObjectionTargetNow = z.infer<typeof ObjectionTargetNow>;

export const ObjectionDetail = z.object({
  objection: Objection,
  subject: SubjectSummary.nullable(),
  countdown: ObjectionCountdown.nullable(),
  targetsNow: z.array(ObjectionTargetNow),
  conflicts: z.array(WorkflowConflict),
  pending: z.boolean(),
});
export type ObjectionDetail = z.infer<typeof ObjectionDetail>;

/** A record or list entry of a subject one may object to. */
export const ObjectionCandidate = z.object({
  targetTable: ObjectionTargetTable,
  targetId: z.string(),
  title: z.string(),
  kindLabel: z.string(),
  decisionOn: isoDate,
  statusLabel: z.string(),
  /** 认定单位. */
  unit: z.string(),
  /** An open objection against it already exists. */
  openObjectionId: z.string().nullable(),
});
export type ObjectionCandidate = z.infer<typeof ObjectionCandidate>;

export const ObjectionCandidates = z.object({
  subject: SubjectSummary,
  candidates: z.array(ObjectionCandidate),
});
export type ObjectionCandidates = z.infer<typeof ObjectionCandidates>;

export { ObjectionMark } from './objection-mark';

export { WorkflowConflict };
