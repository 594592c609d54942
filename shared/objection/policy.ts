import { z } from 'zod';

/** One time limit in working days, with where the figure comes from and whether it could be confirmed. */
export const ObjectionLimit = z.object({
  label: z.string().min(1),
  workingDays: z.number().int().positive().max(365),
  /** The instrument the figure comes from, or why it is a placeholder. */
  source: z.string().min(1),
  /** false while the figure could not be read in a primary text that applies to public credit information. */
  confirmed: z.boolean(),
});
export type ObjectionLimit = z.infer<typeof ObjectionLimit>;

/**
 * The city's rules for objections (异议处理), resources/rules/objection-policy.json, fed by the platform like the
 * other rule tables. No figure is confirmed (docs/research/issue-15-policy.md §1–2): each says so in its source.
 * The 20 days of 征信业管理条例 第二十五条 concern 征信机构, not public credit information, and are not used.
 */
export const ObjectionPolicy = z.object({
  version: z.string().min(1),
  source: z.string().min(1),
  /** From 已受理 (the window's intake): the platform's 受理/转办 decision (route to the 认定单位 or 不予受理). */
  routeLimit: ObjectionLimit,
  /** From 已转认定单位: the 认定单位's decision. */
  decideLimit: ObjectionLimit,
  /** The one extension of the decision limit (案情复杂或需核查). */
  extension: ObjectionLimit,
  /** An open objection counts as at risk when due within this many working days (or overdue): the dashboard. */
  warnWithinWorkingDays: z.number().int().min(0).max(60),
  /**
   * Whether an open objection suspends the record's punishments in a check (its verdict then no longer rests on
   * it). Default false: the record is only marked 异议处理中 and still counts — a wrong 可办理 is the worst error.
   */
  suspendsPunishment: z.object({ value: z.boolean(), source: z.string().min(1), confirmed: z.boolean() }),
});
export type ObjectionPolicy = z.infer<typeof ObjectionPolicy>;
