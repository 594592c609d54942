import type { CommitmentFailure } from './rules';

/**
 * The one definition of a broken commitment: 'false' for a false commitment (虚假承诺, whatever its
 * fulfilment), else the fulfilment found when not 全部履行; null when kept or not yet verified. isBroken
 * (shared/domain/commitment.ts) and the failure record (failure-record.ts) both ask this.
 */
export function verificationFailure(
  verification: { fulfilment: 'fulfilled' | 'partial' | 'unfulfilled'; falseCommitment: boolean } | null,
): CommitmentFailure | null {
  if (verification === null) return null;
  if (verification.falseCommitment) return 'false';
  return verification.fulfilment === 'fulfilled' ? null : verification.fulfilment;
}
