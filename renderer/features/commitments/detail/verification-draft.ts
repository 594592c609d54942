import {
  tidyVerification,
  VERIFIED_BEFORE_MADE,
  verificationIssues,
  verificationNeedsDetails,
} from '../../../../shared/commitment/validation';
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
export const needsDetails = (fields: VerificationFields): boolean => verificationNeedsDetails(fields);

/** The form's fields as a verification, checked by the same rules the core and the platform apply. */
export const toVerification = (
  fields: VerificationFields,
  madeOn: string,
): { ok: true; verification: Verification } | { ok: false; errors: VerificationErrors } => {
  const errors: VerificationErrors = {};
  for (const issue of verificationIssues(fields)) errors[issue.field] = issue.message;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fields.verifiedOn)) errors.verifiedOn = detailTexts.verify.verifiedOnRequired;
  else if (fields.verifiedOn < madeOn) errors.verifiedOn = VERIFIED_BEFORE_MADE;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, verification: tidyVerification(fields) };
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
