import { z } from 'zod';
import { isoDate } from './catalogue';

/**
 * The mark a check result or a report carries on a record or list entry under an open objection (异议处理中):
 * which objection, since when, and the unit that took it in. Whether it changes a verdict is policy data
 * (objection-policy.json suspendsPunishment; by default it does not).
 */
export const ObjectionMark = z.object({
  objectionId: z.string(),
  /** 异议处理中 */
  label: z.string(),
  since: isoDate,
  unit: z.string(),
  /** The verdict did not rest on it (the policy suspends punishments under objection); absent: it did. */
  suspended: z.boolean().optional(),
});
export type ObjectionMark = z.infer<typeof ObjectionMark>;
