// The new application's form: the contract's RepairCreateRequest, its blank and prefilled values, its steps.
import type { UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { addDays } from '../../../shared/calendar/day';
import { RepairCreateRequest, type RepairCandidate } from '../../../shared/domain/repair';
import type { SubjectSummary } from '../../../shared/domain/subject';
import { normaliseIdentifier, parseIdentifier } from '../../../shared/identifiers';
import { commitmentDefaults, repairDraftTexts } from './texts';

export type RepairFormValues = z.input<typeof RepairCreateRequest>;
export type RepairForm = UseFormReturn<RepairFormValues, unknown, RepairCreateRequest>;
type CommitmentValues = RepairFormValues['commitment'];

/** Days from 作出日期 to 核查期限 when the rules are not at hand (commitment-rules.json defaultVerifyWithinDays). */
export const DEFAULT_VERIFY_WITHIN_DAYS = 30;

const blankCommitment = (): CommitmentValues => ({
  committer: { name: '', kind: 'legal-person', identifier: '' },
  reason: '',
  content: '',
  liability: '',
  madeOn: '',
  validUntil: null,
  caseNumber: '',
  recognisingUnit: { name: '', code: '' },
  acceptingUnit: { name: '', code: '' },
  publicity: 'public',
  verifyBy: '',
});

/** A new application before anything is chosen or typed. */
export const blankRepairValues = (): RepairFormValues => ({
  subjectId: '',
  targetTable: 'credit_records',
  targetId: '',
  handlerName: '',
  handlerPhone: '',
  reasons: '',
  requestedOutcome: 'stop-publication',
  attachments: [],
  commitment: blankCommitment(),
  accept: false,
});

/** The full identifier when the summary shows it (a USCC is public); '' when masked (a citizen ID). */
export const unmaskedIdentifier = (masked: string): string => (masked.includes('*') ? '' : masked);

/** The 承诺书 as it starts for the chosen record: the standard wording, 认定单位 = the record's, 受理单位 = ours. */
export const initialCommitment = (input: {
  subject: SubjectSummary;
  knownIdentifier: string | null;
  candidate: RepairCandidate;
  acceptingUnit: { name: string; code: string };
  caseNumber: string | null;
  today: string;
}): CommitmentValues => ({
  committer: {
    name: input.subject.name,
    kind: input.subject.kind,
    identifier: input.knownIdentifier ?? unmaskedIdentifier(input.subject.identifierMasked),
  },
  reason: repairDraftTexts.reasonDefault(input.candidate.title),
  content: commitmentDefaults.content,
  liability: commitmentDefaults.liability,
  madeOn: input.today,
  validUntil: null,
  caseNumber: input.caseNumber ?? '',
  recognisingUnit: { name: input.candidate.unit, code: '' },
  acceptingUnit: input.acceptingUnit,
  publicity: 'public',
  verifyBy: addDays(input.today, DEFAULT_VERIFY_WITHIN_DAYS),
});

/** The fields each step of the stepper shows, checked (trigger) before the next step. */
export const stepFields = {
  1: ['targetId'],
  2: ['handlerName', 'handlerPhone', 'reasons', 'requestedOutcome', 'attachments'],
} as const satisfies Record<number, readonly (keyof RepairFormValues)[]>;

/** The step a field (a request path, or its first key) is shown on, so a refusal goes back to it. */
export const stepOfField = (path: string): number => {
  const head = path.split('.')[0];
  if (head === 'subjectId') return 0;
  if (head === 'targetId' || head === 'targetTable') return 1;
  if (head === 'commitment') return 3;
  return 2;
};

/** Where a refusal of the core can be shown: every field of the form (a material's issue at the materials). */
export const refusalFields = [
  'targetId',
  'handlerName',
  'handlerPhone',
  'reasons',
  'requestedOutcome',
  'attachments',
  'commitment.committer.identifier',
  'commitment.reason',
  'commitment.content',
  'commitment.liability',
  'commitment.madeOn',
  'commitment.validUntil',
  'commitment.caseNumber',
  'commitment.recognisingUnit.name',
  'commitment.recognisingUnit.code',
  'commitment.acceptingUnit.name',
  'commitment.acceptingUnit.code',
  'commitment.verifyBy',
] as const;

export const refusalFieldOf = (path: readonly PropertyKey[]): string =>
  path[0] === 'attachments' ? 'attachments' : path.map(String).join('.');

/** A typed identifier agrees with the masked one shown for the subject (same length, same visible characters). */
export const matchesMask = (value: string, masked: string): boolean => {
  const typed = Array.from(normaliseIdentifier(value));
  const shown = Array.from(masked);
  return typed.length === shown.length && shown.every((char, index) => char === '*' || char === typed[index]);
};

/** What is wrong with the committer's identifier beyond the contract's shape: its check digits, its subject. */
export const committerProblem = (identifier: string, masked: string): string | null => {
  const checked = parseIdentifier(normaliseIdentifier(identifier));
  if (!checked.ok) return checked.message;
  return matchesMask(identifier, masked) ? null : repairDraftTexts.identifierMismatch;
};

/** The request as sent: empty optional texts become null, the identifier is written the standard way. */
export const requestOf = (values: RepairCreateRequest): RepairCreateRequest => ({
  ...values,
  handlerPhone: values.handlerPhone === '' ? null : values.handlerPhone,
  commitment: {
    ...values.commitment,
    committer: {
      ...values.commitment.committer,
      identifier: normaliseIdentifier(values.commitment.committer.identifier),
    },
    caseNumber: values.commitment.caseNumber === '' ? null : values.commitment.caseNumber,
  },
});
