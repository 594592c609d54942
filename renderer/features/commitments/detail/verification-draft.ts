import {
  tidyVerification,
  VERIFIED_BEFORE_MADE,
  verificationIssues,
  verificationNeedsDetails,
} from '../../../../shared/commitment/validation';
import type { Fulfilment, Verification } from '../../../../shared/domain/commitment';
import type { AppError } from '../../../../shared/result';
import { issuesToErrors } from '../../../app/commitments/commitment-draft';
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

/**
 * The form's fields as a verification, checked by the same rules the core and the platform apply, and the one
 * the window's clock adds: the day lies between 作出日期 and `today`.
 */
export const toVerification = (
  fields: VerificationFields,
  madeOn: string,
  today: string,
): { ok: true; verification: Verification } | { ok: false; errors: VerificationErrors } => {
  const errors: VerificationErrors = {};
  for (const issue of verificationIssues(fields)) errors[issue.field] = issue.message;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fields.verifiedOn))
    errors.verifiedOn = detailTexts.verify.verifiedOnRequired;
  else if (fields.verifiedOn < madeOn) errors.verifiedOn = VERIFIED_BEFORE_MADE;
  else if (fields.verifiedOn > today) errors.verifiedOn = detailTexts.verify.verifiedAfterToday;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, verification: tidyVerification(fields) };
};

/**
 * A refused verification as the form shows it: the core's issues (and the field a COMMITMENT_INVALID names) under
 * their fields, a banner that only points to them, never the request's own paths (a BAD_REQUEST message has them).
 */
export const verifyErrorOf = (
  error: AppError,
): { errors: VerificationErrors; message: string; unplaced: string[] } => {
  const { errors, unplaced } = issuesToErrors(error.details, verificationFieldOf);
  const details = error.details;
  const named =
    typeof details === 'object' && details !== null && 'field' in details && typeof details.field === 'string'
      ? verificationFieldOf(details.field)
      : null;
  if (named !== null) errors[named] ??= error.message;
  const texts = detailTexts.verify;
  const message =
    Object.keys(errors).length > 0
      ? texts.checkMarked
      : error.code === 'BAD_REQUEST'
        ? texts.badRequest
        : error.message;
  return { errors, message, unplaced };
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
