import { z } from 'zod';
import { freeText } from './free-text';
import { Severity } from '../repair/regime-schema';
import { RepairState } from '../repair/state-machine';
import { Sha256, StoredFile } from './files';
import { isoDate, isoDateTime } from './catalogue';
import { CommitmentCreateRequest, WorkflowConflict } from './commitment';
import { PenaltyProcedure } from './subject';
import { phoneNumber } from './contact-fields';
import { listSort } from './list-sort';

/**
 * A credit-repair application (信用修复) taken in at the window against one record of a subject. The window
 * submits and accepts (or refuses); the platform reviews and decides; the decision comes back through the feed.
 */

/** The record to repair: a credit record (e.g. 行政处罚) or a list entry (严重失信名单, 经营异常名录). */
export const RepairTargetTable = z.enum(['credit_records', 'list_entries']);
export type RepairTargetTable = z.infer<typeof RepairTargetTable>;

/** 终止公示 / 移出名单 / 标注 / 屏蔽 / 删除 (the code 'stop-publication' is kept: it is stored and synced) */
export const repairOutcomes = ['stop-publication', 'remove-from-list', 'annotate', 'mask', 'delete'] as const;
export const RepairOutcome = z.enum(repairOutcomes);
export type RepairOutcome = z.infer<typeof RepairOutcome>;

/** 修复申请表 / 身份证明 / 授权委托书 / 履行义务证明 / 其他 */
export const AttachmentKind = z.enum(['application-form', 'identity', 'authorisation', 'evidence', 'other']);
export type AttachmentKind = z.infer<typeof AttachmentKind>;

/** A file attached to an application: stored content-addressed, uploaded to the platform before the entry. */
export const Attachment = StoredFile.extend({ kind: AttachmentKind });
export type Attachment = z.infer<typeof Attachment>;

/** One step of the procedure as it happened. */
export const RepairStep = z.object({
  event: z.enum(['submit', 'accept', 'refuse', 'start-review', 'grant', 'deny']),
  at: isoDateTime,
  /** The day the application entered the state the step led to (deadlines count from it). */
  on: isoDate,
  by: z.string(),
  reason: z.string().nullable(),
});
export type RepairStep = z.infer<typeof RepairStep>;

/** The eligibility answer frozen when the application was accepted (the rules may change later). */
export const EligibilitySnapshot = z.object({
  /** The regime whose periods decided (repair-regimes.json id); null where no regime's periods apply. */
  regime: z.string().nullable(),
  /**
   * Its instrument as people cite it (《信用修复管理办法》（国家发展改革委令第36号）). Absent in answers frozen
   * before it was recorded: they show the regime's name from the rules in force, or nothing.
   */
  regimeName: z.string().nullish(),
  /** Set when a later regime's transition applied: the instrument of the decision day. */
  decidedUnder: z.string().nullish(),
  eligible: z.boolean(),
  eligibleFrom: isoDate.nullable(),
  publicationEndsOn: isoDate.nullable(),
  code: z.string(),
  message: z.string(),
  unconfirmed: z.array(z.string()),
});
export type EligibilitySnapshot = z.infer<typeof EligibilitySnapshot>;

export const RepairApplication = z.object({
  id: z.string().min(1),
  subjectId: z.string().min(1),
  applicantName: z.string(),
  applicantIdentifier: z.string(),
  /** The applicant's agent handling it at the window (经办人) and how to reach them; the clerk is the 受理人. */
  handlerName: z.string(),
  handlerPhone: z.string().nullable(),
  targetTable: RepairTargetTable,
  targetId: z.string(),
  targetTitle: z.string(),
  reasons: z.string(),
  requestedOutcome: RepairOutcome,
  attachments: z.array(Attachment),
  /** The 信用修复承诺书: a 信用修复型 commitment created with the application. */
  commitmentId: z.string().nullable(),
  eligibility: EligibilitySnapshot,
  state: RepairState,
  /** Day the current state was entered: the working-day deadline runs from it. */
  stateEnteredOn: isoDate,
  history: z.array(RepairStep),
  /** Set by the platform with 准予修复. */
  outcome: RepairOutcome.nullable(),
  decisionReason: z.string().nullable(),
  acceptingUnit: z.string(),
  operator: z.string(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  version: z.number().int().positive(),
});
export type RepairApplication = z.infer<typeof RepairApplication>;

/** What the window fills in. `accept` with the submission: the clerk takes it in at once (the usual case). */
export const RepairCreateRequest = z.object({
  subjectId: z.string().min(1, '请选择申请主体'),
  targetTable: RepairTargetTable,
  targetId: z.string().min(1, '请选择要修复的记录'),
  handlerName: freeText({ max: 50, tooLong: '经办人姓名过长' }).min(1, '请填写经办人姓名'),
  handlerPhone: phoneNumber().nullable(),
  reasons: freeText({ max: 2000, tooLong: '申请理由过长', multiline: true }).min(
    4,
    '请填写不少于4个字的申请理由',
  ),
  requestedOutcome: RepairOutcome,
  attachments: z.array(Attachment).max(20, '附件不能超过20个'),
  /** The 信用修复承诺书 (type forced to 信用修复型; its matter is the repair application, REPAIR_MATTER_CODE). */
  commitment: CommitmentCreateRequest.omit({ type: true, checkId: true, matterCode: true }),
  accept: z.boolean(),
});
export type RepairCreateRequest = z.infer<typeof RepairCreateRequest>;

/** Window-side steps of a submitted application: 受理 or 不予受理 (with reason). */
export const RepairWindowStep = z.object({
  id: z.string().min(1),
  baseVersion: z.number().int().positive(),
  event: z.enum(['accept', 'refuse']),
  reason: freeText({ max: 1000, tooLong: '说明不能超过1000字', multiline: true }).nullable(),
});
export type RepairWindowStep = z.infer<typeof RepairWindowStep>;

export const RepairCountdown = z.object({
  /** The step that is waiting (受理, 审核 …) and its last working day. */
  label: z.string(),
  deadline: isoDate,
  /** Working days left, negative when overdue. */
  workingDaysLeft: z.number().int(),
  overdue: z.boolean(),
  /** The calendar lacks a year on the way, or the limit itself is unconfirmed. */
  uncertain: z.boolean(),
  notice: z.string().nullable(),
});
export type RepairCountdown = z.infer<typeof RepairCountdown>;

/** The columns 信用修复 can be sorted by. */
export const RepairSortField = z.enum(['applicantName', 'targetTitle', 'state', 'createdAt']);
export type RepairSortField = z.infer<typeof RepairSortField>;

export const RepairListRequest = z.object({
  state: RepairState.optional(),
  open: z.boolean().optional(),
  query: freeText({ max: 100, tooLong: '查询内容过长' }).optional(),
  ...listSort(RepairSortField),
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).default(0),
});
export type RepairListRequest = z.input<typeof RepairListRequest>;

export const RepairListItem = z.object({
  id: z.string(),
  applicantName: z.string(),
  targetTitle: z.string(),
  state: RepairState,
  createdAt: isoDateTime,
  countdown: RepairCountdown.nullable(),
  outcome: RepairOutcome.nullable(),
  attachments: z.number().int(),
  conflict: z.boolean(),
  /** Not yet delivered to the platform. */
  pending: z.boolean(),
});
export type RepairListItem = z.infer<typeof RepairListItem>;

export const RepairList = z.object({ total: z.number().int(), items: z.array(RepairListItem) });
export type RepairList = z.infer<typeof RepairList>;

export const RepairDetail = z.object({
  application: RepairApplication,
  countdown: RepairCountdown.nullable(),
  /** The target record as the cache has it now (after a decision: its new status). */
  target: z.object({
    title: z.string(),
    status: z.string(),
    statusLabel: z.string(),
    publicationEndsOn: isoDate.nullable(),
    exists: z.boolean(),
  }),
  conflicts: z.array(WorkflowConflict),
  pending: z.boolean(),
});
export type RepairDetail = z.infer<typeof RepairDetail>;

/** A record of a subject the window may take an application against, with its eligibility today. */
export const RepairCandidate = z.object({
  targetTable: RepairTargetTable,
  targetId: z.string(),
  title: z.string(),
  kindLabel: z.string(),
  decisionOn: isoDate,
  statusLabel: z.string(),
  /** 认定单位: the credit record's source department, or the unit that put the entry on its list. */
  unit: z.string(),
  eligibility: EligibilitySnapshot,
  /** A credit record's 失信程度 as recorded (null: not recorded; absent for list entries). */
  severity: Severity.nullish(),
  /** Its 领域 as people read it (record-rules.json), null when none is recorded. */
  domainLabel: z.string().nullish(),
  /** Its 处罚程序 as reported, null when not. */
  procedure: PenaltyProcedure.nullish(),
  /** An open application against it already exists. */
  openApplicationId: z.string().nullable(),
  suggestedOutcome: RepairOutcome,
});
export type RepairCandidate = z.infer<typeof RepairCandidate>;

/** A file the renderer hands to the core (base64: both transports carry JSON). */
export const FileAddRequest = z.object({
  name: freeText({ max: 200, tooLong: '文件名过长' }).min(1, '请填写文件名'),
  mime: z.string().max(100),
  base64: z.string().max(14_000_000, '单个附件不能超过10MB'),
});
export const FileAddResponse = z.object({ sha256: Sha256, size: z.number().int() });

export { WorkflowConflict };
