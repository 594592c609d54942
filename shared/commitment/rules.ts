import { z } from 'zod';

/**
 * The seven kinds of commitment (审批替代型 … 其他), declared here so the rules can name them; the domain
 * (shared/domain/commitment.ts) re-exports them with the rest of the commitment's fields.
 */
export const commitmentTypes = [
  'approval-substitute',
  'missing-documents',
  'certification',
  'credit-repair',
  'self-discipline',
  'voluntary',
  'other',
] as const;
export const CommitmentType = z.enum(commitmentTypes);
export type CommitmentType = z.infer<typeof CommitmentType>;

/** Kinds of commitment failure recorded as credit information (false on verification, or not kept). */
export const CommitmentFailure = z.enum(['false', 'unfulfilled', 'partial']);
export type CommitmentFailure = z.infer<typeof CommitmentFailure>;

/**
 * resources/rules/commitment-rules.json: who may not use the commitment route, and the working practice for
 * verification. Served by the platform through the changes feed like every rule table.
 */
export const CommitmentRules = z.object({
  version: z.string().min(1),
  basis: z.string().min(1),
  /** An active entry on a list of these kinds bars the route (严重失信主体名单). */
  barredListKinds: z.array(z.enum(['red', 'serious', 'abnormal'])),
  /** A published credit record of these severities bars the route (严重失信记录). */
  barredRecordSeverities: z.array(z.enum(['minor', 'general', 'serious', 'specific-serious'])),
  /** A published, unrepaired commitment-failure record of these kinds bars the route (曾作出虚假承诺). */
  barredCommitmentFailures: z.array(CommitmentFailure),
  /**
   * The commitment types a bar applies to: those that replace a requirement of the approval (审批替代型, 容缺受理型,
   * 证明事项型). 行业自律型 and 主动型 commitments, which the seed encourages, stay open; so does 信用修复型.
   */
  barredTypes: z.array(CommitmentType).min(1),
  /** Default days from 作出日期 to the verification deadline, a proposal the clerk may change. */
  defaultVerifyWithinDays: z.number().int().positive(),
  /** A pending verification is 即将到期 this many days before its deadline. */
  dueSoonDays: z.number().int().nonnegative(),
  /** Publication period of a commitment-failure record (from the verification day). */
  failurePublicationMonths: z.number().int().positive(),
  /**
   * The 失信程度 a commitment-failure record carries, which the repair rules read. Absent: none, and a repair
   * of it is for a person to judge.
   */
  failureSeverity: z.enum(['minor', 'general', 'serious']).optional(),
  /** false while the figures above are local practice awaiting confirmation. */
  confirmed: z.boolean(),
  note: z.string().optional(),
});
export type CommitmentRules = z.infer<typeof CommitmentRules>;
