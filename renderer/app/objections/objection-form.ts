// The new objection's form: the contract's ObjectionCreateRequest, its blank values, where a refusal is shown.
import type { UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { ObjectionCreateRequest, type ApplicantIdKind } from '../../../shared/domain/objection';
import type { SubjectSummary } from '../../../shared/domain/subject';
import { normaliseIdentifier } from '../../../shared/identifiers';

export type ObjectionFormValues = z.input<typeof ObjectionCreateRequest>;
export type ObjectionForm = UseFormReturn<
  ObjectionFormValues,
  unknown,
  z.output<typeof ObjectionCreateRequest>
>;
/**
 * What the form starts from and keeps while the clerk looks elsewhere: the 承诺 is never ticked in advance (the
 * contract takes only `true`, so it starts absent).
 */
export type ObjectionDraftValues = Omit<ObjectionFormValues, 'truthfulnessPledged'> & {
  truthfulnessPledged?: boolean;
};

/** A new objection before anything is chosen or typed. */
export const blankObjectionValues = (): ObjectionDraftValues => ({
  subjectId: '',
  checkId: null,
  targets: [],
  grounds: 'error-or-omission',
  statement: '',
  applicant: { role: 'subject', name: '', idKind: 'uscc', idNumber: '', phone: '' },
  attachments: [],
});

/** The full identifier when the summary shows it (a USCC is public); '' when masked (a citizen ID). */
const unmasked = (masked: string): string => (masked.includes('*') ? '' : masked);

/** The subject itself as applicant: its name, its kind of number and (when known) the number. */
export const subjectAsApplicant = (
  subject: SubjectSummary,
  knownIdentifier: string | null,
  phone: string,
): ObjectionFormValues['applicant'] => ({
  role: 'subject',
  name: subject.name,
  idKind: (subject.kind === 'natural-person' ? 'citizen-id' : 'uscc') satisfies ApplicantIdKind,
  idNumber: knownIdentifier ?? unmasked(subject.identifierMasked),
  phone,
});

/** An agent: the person at the window, typed in. */
export const blankAgent = (phone: string): ObjectionFormValues['applicant'] => ({
  role: 'agent',
  name: '',
  idKind: 'citizen-id',
  idNumber: '',
  phone,
});

/** Where a refusal of the core can be shown: every field of the form (a material's issue at the materials). */
export const objectionRefusalFields = [
  'targets',
  'grounds',
  'statement',
  'applicant.role',
  'applicant.name',
  'applicant.idKind',
  'applicant.idNumber',
  'applicant.phone',
  'attachments',
  'truthfulnessPledged',
] as const;

export const objectionRefusalFieldOf = (path: readonly PropertyKey[]): string =>
  path[0] === 'attachments' || path[0] === 'targets' ? String(path[0]) : path.map(String).join('.');

/** The request as sent: an ID card's or a code's number written the standard way (another document's as typed). */
export const objectionRequestOf = (
  values: z.output<typeof ObjectionCreateRequest>,
): z.output<typeof ObjectionCreateRequest> => ({
  ...values,
  applicant: {
    ...values.applicant,
    idNumber:
      values.applicant.idKind === 'other-id'
        ? values.applicant.idNumber
        : normaliseIdentifier(values.applicant.idNumber),
  },
});
