import { z } from 'zod';

/**
 * How verdicts are reached where the law leaves it to local practice. Data (resources/rules/check-policy.json),
 * not code, so a city can change it without a release.
 */
export const CheckPolicy = z.object({
  /** Cached data past its age limit: every verdict becomes 需人工研判. */
  staleRequiresReview: z.boolean(),
  /** A deregistered or revoked subject applying: 需人工研判. */
  inactiveRequiresReview: z.boolean(),
  /** A subject under an applicable punishment receives no incentive at the same approval. */
  punishmentSuppressesIncentive: z.boolean(),
  /**
   * A check run on a code that failed its check, overridden with the clerk's reason (a legacy-shaped USCC): the
   * applicant's identity is unverified, so the verdict is 需人工研判 at best (issue 10, rule 6). Such a check never
   * opens the commitment route, whatever this flag says (a commitment needs a code that passes its checks).
   */
  overrideRequiresReview: z.boolean(),
  overrideBasis: z.object({ text: z.string().min(1), confirmed: z.boolean() }),
  /** Default age limit of the cache, in hours, until the clerk's settings say otherwise. */
  defaultStaleAfterHours: z.number().int().positive(),
  basis: z.string(),
});
export type CheckPolicy = z.infer<typeof CheckPolicy>;
