import type { DefaultValues } from 'react-hook-form';
import { z } from 'zod';
import {
  tidyVerification,
  VERIFIED_BEFORE_MADE,
  verificationIssues,
} from '../../../../shared/commitment/validation';
import { isoDate } from '../../../../shared/domain/catalogue';
import { Fulfilment, Verification } from '../../../../shared/domain/commitment';
import { detailTexts } from '../texts';

const texts = detailTexts.verify;

/**
 * What the verification form edits: the contract's Verification (its fields and its rules between them, the same
 * the core and the platform apply), the day said in words when blank, and the rule the window's clock adds: the
 * day lies between the commitment's 作出日期 and today.
 */
export const verificationFormSchema = (madeOn: string, today: () => string) =>
  z
    .object({
      ...Verification.shape,
      // Chosen by the clerk every time: nothing is ticked in advance, so no key press records 全部履行 unasked.
      fulfilment: z.enum(Fulfilment.options, { error: texts.fulfilmentRequired }),
      verifiedOn: z.string().min(1, texts.verifiedOnRequired).pipe(isoDate),
    })
    .superRefine((verification, context) => {
      const at = (field: string, message: string): void =>
        context.addIssue({ code: 'custom', path: [field], message });
      for (const issue of verificationIssues(verification)) at(issue.field, issue.message);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(verification.verifiedOn)) return;
      if (verification.verifiedOn < madeOn) at('verifiedOn', VERIFIED_BEFORE_MADE);
      else if (verification.verifiedOn > today()) at('verifiedOn', texts.verifiedAfterToday);
    });

export type VerificationValues = z.input<ReturnType<typeof verificationFormSchema>>;

export const blankVerification = (today: string): DefaultValues<VerificationValues> => ({
  unfulfilledContent: '',
  liabilityPursued: '',
  falseCommitment: false,
  verifiedOn: today,
});

/** The verification as sent: blanks as null, no failure details on a commitment kept. */
export const toVerification = (values: z.output<ReturnType<typeof verificationFormSchema>>): Verification =>
  tidyVerification(values);

/** The fields a refusal of the core is shown at. */
export const verificationFields = [
  'fulfilment',
  'unfulfilledContent',
  'liabilityPursued',
  'verifiedOn',
] as const;

/** `verification.unfulfilledContent` (the core's issue path) → the form's field. */
export const verificationFieldOf = (path: readonly PropertyKey[]): string =>
  path
    .map(String)
    .join('.')
    .replace(/^verification\./, '');
