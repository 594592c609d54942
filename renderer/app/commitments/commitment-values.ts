import { z } from 'zod';
import { isoDate } from '../../../shared/domain/catalogue';
import { CommitmentCreateRequest } from '../../../shared/domain/commitment';
import type { IdentifierKind, SubjectKind } from '../../../shared/domain/subject';
import { normaliseIdentifier } from '../../../shared/identifiers';
import { commitmentDraftTexts } from './texts';

const texts = commitmentDraftTexts.required;

/** A day the form requires: its own Chinese when blank, the contract's day (isoDate) once something is typed. */
const day = (blank: string) => z.string().min(1, blank).pipe(isoDate);

/** What the commitment route of the lookup and the clock tell the form about the draft. */
export type CommitmentContext = {
  today: () => string;
  /** The kind of identifier the lookup found for this (normalised) identifier; null when not looked up. */
  identifierKindOf: (identifier: string) => IdentifierKind | null;
};

const isDay = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * What the new-commitment form edits: the contract's commitments:create request (CommitmentCreateRequest), its
 * days said in words when blank, and the rules no schema of the contract states (days in order and not ahead of
 * today, a 类别 that fits the identifier), so every missing or wrong field is marked at once before anything is
 * sent. validUntil null is 长期有效.
 */
export const commitmentFormSchema = ({ today, identifierKindOf }: CommitmentContext) =>
  CommitmentCreateRequest.extend({
    madeOn: day(texts.madeOn),
    validUntil: day(texts.validUntil).nullable(),
    verifyBy: day(texts.verifyBy),
  }).superRefine((draft, context) => {
    const at = (path: (string | number)[], message: string): void =>
      context.addIssue({ code: 'custom', path, message });
    if (isDay(draft.madeOn) && draft.madeOn > today()) at(['madeOn'], texts.madeAfterToday);
    if (isDay(draft.madeOn)) {
      if (isDay(draft.validUntil) && draft.validUntil < draft.madeOn)
        at(['validUntil'], texts.validBeforeMade);
      if (isDay(draft.verifyBy) && draft.verifyBy < draft.madeOn) at(['verifyBy'], texts.verifyBeforeMade);
    }
    const kind = identifierKindOf(normaliseIdentifier(draft.committer.identifier));
    if (kind === 'citizen-id' && draft.committer.kind !== 'natural-person')
      at(['committer', 'kind'], texts.kindOfCitizenId);
    if (kind === 'uscc' && draft.committer.kind === 'natural-person')
      at(['committer', 'kind'], texts.kindOfUscc);
  });

export type CommitmentValues = z.input<ReturnType<typeof commitmentFormSchema>>;
export type CommitmentOutput = z.output<ReturnType<typeof commitmentFormSchema>>;

/** The request as sent: the identifier as the registry writes it, no 办件编号 as null. */
export const toCreateRequest = (values: CommitmentOutput): z.input<typeof CommitmentCreateRequest> => ({
  ...values,
  committer: { ...values.committer, identifier: normaliseIdentifier(values.committer.identifier) },
  caseNumber: values.caseNumber === null || values.caseNumber === '' ? null : values.caseNumber,
});

/** The fields a refusal of the core is shown at (its issue paths joined with dots). */
export const commitmentFields = [
  'committer.name',
  'committer.kind',
  'committer.identifier',
  'type',
  'reason',
  'content',
  'liability',
  'madeOn',
  'validUntil',
  'matterCode',
  'caseNumber',
  'recognisingUnit.name',
  'recognisingUnit.code',
  'acceptingUnit.name',
  'acceptingUnit.code',
  'publicity',
  'verifyBy',
] as const satisfies readonly string[];

/** What a check hands over when the clerk chooses 按告知承诺办理. */
export type CommitmentPrefill = {
  identifier: string;
  name: string | null;
  kind: SubjectKind | null;
  identifierKind: IdentifierKind | null;
  matterCode: string;
  caseNumber: string;
  checkId: string;
};

/** 受理单位: the clerk's own department and its code, from the settings. */
export type AcceptingUnit = { name: string; code: string };

export const blankValues = (today: string, accepting: AcceptingUnit): CommitmentValues => ({
  committer: { identifier: '', name: '', kind: 'legal-person' },
  type: 'approval-substitute',
  reason: '',
  content: '',
  liability: commitmentDraftTexts.liabilityDefault,
  madeOn: today,
  validUntil: '',
  matterCode: '',
  caseNumber: '',
  recognisingUnit: { name: '', code: '' },
  acceptingUnit: { name: accepting.name, code: accepting.code },
  publicity: 'public',
  verifyBy: '',
  checkId: null,
});

/** Without a registry subject: a citizen ID is a natural person, a USCC of registration type 92 a 个体工商户. */
export const guessKind = (identifier: string, kind: IdentifierKind | null): SubjectKind => {
  const value = normaliseIdentifier(identifier);
  if (kind === 'citizen-id') return 'natural-person';
  return value.startsWith('92') ? 'individual-business' : 'legal-person';
};

export const prefilledValues = (
  today: string,
  accepting: AcceptingUnit,
  prefill: CommitmentPrefill,
  recognisingName: string,
): CommitmentValues => ({
  ...blankValues(today, accepting),
  committer: {
    identifier: prefill.identifier,
    name: prefill.name ?? '',
    kind: prefill.kind ?? guessKind(prefill.identifier, prefill.identifierKind),
  },
  matterCode: prefill.matterCode,
  caseNumber: prefill.caseNumber,
  recognisingUnit: { name: recognisingName, code: '' },
  checkId: prefill.checkId,
});
