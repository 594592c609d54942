import { z } from 'zod';
import { isoDate, isoDateTime } from './catalogue';
import { CheckListItem } from './check';
import { CommitmentListItem } from './commitment';
import { RepairListItem } from './repair';
import { ObjectionListItem } from './objection';

/**
 * The local practice the compliance dashboard counts by (resources/rules/dashboard-rules.json). None of it is a
 * regulation: it is how this service hall reads 应查必查 and deadlines, to be confirmed (`confirmed: false`).
 */
export const DashboardRules = z.object({
  version: z.string(),
  /** Days offered when the supervisor picks no period (the last N days, today included). */
  defaultPeriodDays: z.number().int().min(1).max(366),
  /** Credit-record categories that are approvals (双公示 行政许可 decisions). */
  approvalCategories: z.array(z.string().min(1)).min(1),
  /** A check of the subject within this many days before the decision (the day itself included) covers it. */
  approvalLookBackDays: z.number().int().min(0).max(365),
  /** An open repair application whose countdown has this many working days or fewer left is at risk. */
  repairAtRiskWorkingDays: z.number().int().min(0).max(60),
  confirmed: z.boolean(),
  basis: z.string(),
  note: z.string(),
});
export type DashboardRules = z.infer<typeof DashboardRules>;

export const DashboardFilter = z.object({
  /** First and last calendar day (Beijing time) of the period; default: the rule table's last N days. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  matterCode: z.string().min(1).optional(),
  /** District (GB/T 2260) where the subject is registered, as the cached registry has it. */
  districtCode: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
});
export type DashboardFilter = z.input<typeof DashboardFilter>;

/** The figures a tile shows; each leads to the rows behind it (`dashboard:rows`). */
export const DashboardFigure = z.enum([
  'checks',
  'punishment-hits',
  'incentive-hits',
  'open-feedback',
  'approvals-without-check',
  'commitments-due-soon',
  'commitments-overdue',
  'repairs-at-risk',
]);
export type DashboardFigure = z.infer<typeof DashboardFigure>;

/** The figures' names on the tiles and as sheet names of the Excel export. */
export const dashboardFigureLabels: Record<DashboardFigure, string> = {
  checks: '核查次数',
  'punishment-hits': '命中惩戒',
  'incentive-hits': '命中激励',
  'open-feedback': '待反馈',
  'approvals-without-check': '有审批无核查',
  'commitments-due-soon': '承诺核查即将到期',
  'commitments-overdue': '承诺核查已逾期',
  'repairs-at-risk': '修复时限临近或超期',
};

const count = z.number().int().min(0);

export const DashboardFigures = z.object({
  /** The period and filters actually applied (defaults filled in). */
  period: z.object({ from: isoDate, to: isoDate }),
  matterCode: z.string().nullable(),
  districtCode: z.string().nullable(),
  /** Today (Beijing day): commitments and repairs are counted as of today, not over the period. */
  today: isoDate,
  cacheAsOf: isoDateTime.nullable(),
  generatedAt: isoDateTime,
  counts: z.record(DashboardFigure, count),
  /** Every day of the period, zero days included, so the chart has no gaps. */
  perDay: z.array(z.object({ day: isoDate, checks: count })),
  perMatter: z.array(z.object({ matterCode: z.string(), matterName: z.string(), checks: count })),
  approvals: z.object({
    /** Approval decisions in the period and scope, with or without a check. */
    decisions: count,
    /** The department whose decisions are counted (this window's); null: every department in the cache. */
    department: z.string().nullable(),
    lookBackDays: z.number().int(),
  }),
  commitmentDueSoonDays: z.number().int(),
  repairAtRiskWorkingDays: z.number().int(),
  rules: z.object({ confirmed: z.boolean(), note: z.string() }),
  /**
   * Open objections (异议处理) due within objection-policy.json's warning window or overdue, as of today, most
   * urgent first (at most 20 here; objections:list with atRisk pages through all). Absent from older cores.
   */
  objectionsAtRisk: z
    .object({
      total: count,
      warnWithinWorkingDays: z.number().int(),
      items: z.array(ObjectionListItem),
    })
    .optional(),
});
export type DashboardFigures = z.infer<typeof DashboardFigures>;

/** An approval decision (行政许可, from the 双公示 data) whose subject had no check in the look-back window. */
export const ApprovalWithoutCheck = z.object({
  recordId: z.string(),
  subjectId: z.string(),
  subjectName: z.string(),
  identifierMasked: z.string(),
  regionCode: z.string(),
  title: z.string(),
  decisionNumber: z.string().nullable(),
  decisionOn: isoDate,
  sourceDepartment: z.string(),
  /** The subject's latest check before the decision, if any (outside the look-back window). */
  lastCheckedAt: isoDateTime.nullable(),
});
export type ApprovalWithoutCheck = z.infer<typeof ApprovalWithoutCheck>;

export const DashboardRowsRequest = DashboardFilter.extend({
  figure: DashboardFigure,
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).default(0),
});
export type DashboardRowsRequest = z.input<typeof DashboardRowsRequest>;

/** The rows behind a figure, in the item type of the page they belong to (核查记录, 告知承诺, 信用修复). */
export const DashboardRows = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('checks'), total: count, items: z.array(CheckListItem) }),
  z.object({ kind: z.literal('approvals'), total: count, items: z.array(ApprovalWithoutCheck) }),
  z.object({ kind: z.literal('commitments'), total: count, items: z.array(CommitmentListItem) }),
  z.object({ kind: z.literal('repairs'), total: count, items: z.array(RepairListItem) }),
]);
export type DashboardRows = z.infer<typeof DashboardRows>;
