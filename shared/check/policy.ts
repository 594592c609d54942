import { z } from 'zod';
import { CommitmentFailure } from '../commitment/rules';
import { ListKind } from '../domain/catalogue';
import { ExternalChannel } from '../domain/check';

/** Where a rule comes from and whether its text was checked against the primary source. */
const Sourced = { basis: z.string().min(1), confirmed: z.boolean(), note: z.string().optional() };

/**
 * What withholds every incentive, whatever the matter (rule 1 of issue 10): an active entry on a list of these
 * kinds, or a published, unrepaired commitment-failure record of these kinds (虚假承诺).
 */
export const IncentiveBars = z.object({
  listKinds: z.array(ListKind),
  commitmentFailures: z.array(CommitmentFailure),
  ...Sourced,
});
export type IncentiveBars = z.infer<typeof IncentiveBars>;

/**
 * A subject the city's data does not hold: for these matter categories the check is 需人工研判 until the clerk
 * attaches what the external query showed; elsewhere it stays 可办理 with a plain note.
 */
export const NotFoundPolicy = z.object({
  externalQueryCategories: z.array(z.string().min(1)),
  channels: z.array(ExternalChannel).min(1),
  ...Sourced,
});
export type NotFoundPolicy = z.infer<typeof NotFoundPolicy>;

/**
 * Matter categories whose check queries an external channel for EVERY applicant, held in the city's data or not
 * (issue 15, item 2): the check waits for the query (待外部查询) as for a subject not found, the verdict
 * unchanged. Optional, added with issue 15; absent or empty: only subjects not found are queried (`notFound`).
 */
export const AlwaysExternalQuery = z.object({
  categories: z.array(z.string().min(1)),
  ...Sourced,
});
export type AlwaysExternalQuery = z.infer<typeof AlwaysExternalQuery>;

/**
 * The legal representative (法定代表人 / 主要负责人) held in the cache as a natural person: their active entries on
 * these list kinds are shown as a related notice; for these matter categories they make the check 需人工研判.
 */
export const RepresentativePolicy = z.object({
  listKinds: z.array(ListKind),
  reviewCategories: z.array(z.string().min(1)),
  ...Sourced,
});
export type RepresentativePolicy = z.infer<typeof RepresentativePolicy>;

/**
 * A check run on a code that failed its check, overridden with the clerk's reason (a legacy-shaped USCC): the
 * applicant's identity is unverified, so the verdict is 需人工研判 at best (issue 10, rule 6). Such a check never
 * opens the commitment route, whatever this says (a commitment needs a code that passes its checks).
 */
export const OverridePolicy = z.object({ requiresReview: z.boolean(), ...Sourced });
export type OverridePolicy = z.infer<typeof OverridePolicy>;

/**
 * How verdicts are reached where the law leaves it to local practice. Data (resources/rules/check-policy.json,
 * served by the platform like every rule table), not code, so a city can change it without a release.
 */
export const CheckPolicy = z.object({
  version: z.string().min(1),
  /** Cached data past its age limit: every verdict becomes 需人工研判. */
  staleRequiresReview: z.boolean(),
  /** A deregistered or revoked subject applying: 需人工研判. */
  inactiveRequiresReview: z.boolean(),
  /** A subject under an applicable punishment receives no incentive at the same approval. */
  punishmentSuppressesIncentive: z.boolean(),
  incentiveBars: IncentiveBars,
  notFound: NotFoundPolicy,
  representative: RepresentativePolicy,
  override: OverridePolicy,
  alwaysExternalQuery: AlwaysExternalQuery.optional(),
  /** Default age limit of the cache, in hours, until the clerk's settings say otherwise. */
  defaultStaleAfterHours: z.number().int().positive(),
  basis: z.string(),
});
export type CheckPolicy = z.infer<typeof CheckPolicy>;
