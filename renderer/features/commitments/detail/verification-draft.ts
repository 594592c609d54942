import type { Fulfilment, Verification } from '../../../../shared/domain/commitment';
import { detailTexts } from '../texts';

/** What the verification form edits. */
export type VerificationFields = {
  fulfilment: Fulfilment;
  unfulfilledContent: string;
  liabilityPursued: string;
  falseCommitment: boolean;
  verifiedOn: string;
};

export type VerificationKey = Exclude<keyof VerificationFields, 'falseCommitment'>;
export type VerificationErrors = Partial<Record<VerificationKey, string>>;

export const blankVerification = (today: string): VerificationFields => ({
  fulfilment: 'fulfilled',
  unfulfilledContent: '',
  liabilityPursued: '',
  falseCommitment: false,
  verifiedOn: today,
});

/** A false commitment is broken whatever its fulfilment: the failure's details are then required too. */
export const needsDetails = (fields: VerificationFields): boolean =>
  fields.fulfilment !== 'fulfilled' || fields.falseCommitment;

export const toVerification = (
  fields: VerificationFields,
  madeOn: string,
): { ok: true; verification: Verification } | { ok: false; errors: VerificationErrors } => {
  const texts = detailTexts.verify;
  const errors: VerificationErrors = {};
  const unfulfilled = fields.unfulfilledContent.trim();
  const pursued = fields.liabilityPursued.trim();
  const details = needsDetails(fields);
  if (details && unfulfilled === '') errors.unfulfilledContent = texts.unfulfilledRequired;
  if (details && pursued === '') errors.liabilityPursued = texts.liabilityRequired;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fields.verifiedOn)) errors.verifiedOn = texts.verifiedOnRequired;
  else if (fields.verifiedOn < madeOn) errors.verifiedOn = texts.verifiedBeforeMade;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    verification: {
      fulfilment: fields.fulfilment,
      unfulfilledContent: details && unfulfilled !== '' ? unfulfilled : null,
      liabilityPursued: details && pursued !== '' ? pursued : null,
      falseCommitment: fields.falseCommitment,
      verifiedOn: fields.verifiedOn,
    },
  };
};

/** `verification.unfulfilledContent` (the core's issue path) → the form's field. */
export const verificationFieldOf = (path: string): VerificationKey | null => {
  const key = path.replace(/^verification\./, '');
  return key === 'fulfilment' ||
    key === 'unfulfilledContent' ||
    key === 'liabilityPursued' ||
    key === 'verifiedOn'
    ? key
    : null;
};
