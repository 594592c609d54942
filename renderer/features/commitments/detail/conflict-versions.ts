import { Commitment, type Verification } from '../../../../shared/domain/commitment';
import { fulfilmentLabels } from '../../../../shared/domain/workflow-labels';
import { CommitmentVerifiedPayload } from '../../../../shared/platform-api/workflow';
import { detailTexts } from '../texts';

const verificationLines = (verification: Verification, verifiedBy: string | null): string[] => {
  const texts = detailTexts.conflict;
  return [
    texts.fulfilment(fulfilmentLabels[verification.fulfilment]),
    ...(verification.falseCommitment ? [texts.falseCommitment] : []),
    ...(verification.unfulfilledContent === null || verification.unfulfilledContent === ''
      ? []
      : [texts.unfulfilled(verification.unfulfilledContent)]),
    ...(verification.liabilityPursued === null || verification.liabilityPursued === ''
      ? []
      : [texts.liabilityPursued(verification.liabilityPursued)]),
    texts.verifiedOn(verification.verifiedOn),
    ...(verifiedBy === null ? [] : [texts.verifiedBy(verifiedBy)]),
  ];
};

/**
 * One side of a conflict in plain words: a whole commitment (the platform's version, or a creation) or a
 * verification this client sent. Anything else is shown as its text, never hidden.
 */
export const describeVersion = (value: unknown): string[] => {
  const texts = detailTexts.conflict;
  const commitment = Commitment.safeParse(value);
  if (commitment.success) {
    const { state, verification, verifiedBy, version, code } = commitment.data;
    return [
      texts.version(version),
      texts.state(state === 'verified' ? texts.verified : texts.pending),
      ...(verification === null ? [texts.created(code)] : verificationLines(verification, verifiedBy)),
    ];
  }
  const verified = CommitmentVerifiedPayload.safeParse(value);
  if (verified.success) {
    const { baseVersion, verification, verifiedBy } = verified.data;
    return [
      texts.version(baseVersion + 1),
      texts.state(texts.verified),
      ...verificationLines(verification, verifiedBy),
    ];
  }
  if (value === null || value === undefined) return [texts.unreadable];
  return [typeof value === 'string' ? value : JSON.stringify(value, null, 1)];
};
