import { CommitmentDraft, type CommitmentType, type PublicityType } from '../../../shared/domain/commitment';
import type { IdentifierKind, SubjectKind } from '../../../shared/domain/subject';
import { normaliseIdentifier } from '../../../shared/identifiers';
import { commitmentDraftTexts } from './texts';

/** What the new-commitment form edits: strings as typed, turned into a CommitmentDraft on save. */
export type CommitmentFields = {
  identifier: string;
  name: string;
  kind: SubjectKind;
  type: CommitmentType;
  reason: string;
  content: string;
  liability: string;
  madeOn: string;
  validUntil: string;
  longTerm: boolean;
  matterCode: string;
  caseNumber: string;
  recognisingName: string;
  recognisingCode: string;
  acceptingName: string;
  acceptingCode: string;
  publicity: PublicityType;
  verifyBy: string;
  /** Once the clerk changes the deadline by hand, a new 作出日期 no longer recomputes it. */
  verifyByEdited: boolean;
  checkId: string | null;
};

export type FieldKey = Exclude<keyof CommitmentFields, 'verifyByEdited' | 'checkId' | 'longTerm'>;
export type FieldErrors = Partial<Record<FieldKey, string>>;

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

export const blankFields = (today: string, accepting: AcceptingUnit): CommitmentFields => ({
  identifier: '',
  name: '',
  kind: 'legal-person',
  type: 'approval-substitute',
  reason: '',
  content: '',
  liability: commitmentDraftTexts.liabilityDefault,
  madeOn: today,
  validUntil: '',
  longTerm: false,
  matterCode: '',
  caseNumber: '',
  recognisingName: '',
  recognisingCode: '',
  acceptingName: accepting.name,
  acceptingCode: accepting.code,
  publicity: 'public',
  verifyBy: '',
  verifyByEdited: false,
  checkId: null,
});

export const prefilledFields = (
  today: string,
  accepting: AcceptingUnit,
  prefill: CommitmentPrefill,
): CommitmentFields => ({
  ...blankFields(today, accepting),
  identifier: prefill.identifier,
  name: prefill.name ?? '',
  kind: prefill.kind ?? guessKind(prefill.identifier, prefill.identifierKind),
  matterCode: prefill.matterCode,
  caseNumber: prefill.caseNumber,
  checkId: prefill.checkId,
});

/** Without a registry subject: a citizen ID is a natural person, a USCC of registration type 92 a 个体工商户. */
export const guessKind = (identifier: string, kind: IdentifierKind | null): SubjectKind => {
  const value = normaliseIdentifier(identifier);
  if (kind === 'citizen-id') return 'natural-person';
  return value.startsWith('92') ? 'individual-business' : 'legal-person';
};

const isDay = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** What the form knows besides its fields: the day, and the kind of identifier the lookup found. */
export type DraftContext = { today?: string; identifierKind?: IdentifierKind | null };

/** The rules no schema states: dates in order and not ahead of today, a 类别 that fits the identifier. */
const ruleErrors = (fields: CommitmentFields, context: DraftContext): FieldErrors => {
  const texts = commitmentDraftTexts.required;
  const errors: FieldErrors = {};
  if (fields.identifier.trim() === '') errors.identifier = texts.identifier;
  if (!isDay(fields.madeOn)) errors.madeOn = texts.madeOn;
  else if (context.today !== undefined && fields.madeOn > context.today) errors.madeOn = texts.madeAfterToday;
  if (!fields.longTerm) {
    if (!isDay(fields.validUntil)) errors.validUntil = texts.validUntil;
    else if (isDay(fields.madeOn) && fields.validUntil < fields.madeOn)
      errors.validUntil = texts.validBeforeMade;
  }
  if (fields.matterCode === '') errors.matterCode = texts.matter;
  if (!isDay(fields.verifyBy)) errors.verifyBy = texts.verifyBy;
  else if (isDay(fields.madeOn) && fields.verifyBy < fields.madeOn) errors.verifyBy = texts.verifyBeforeMade;
  if (context.identifierKind === 'citizen-id' && fields.kind !== 'natural-person')
    errors.kind = texts.kindOfCitizenId;
  if (context.identifierKind === 'uscc' && fields.kind === 'natural-person') errors.kind = texts.kindOfUscc;
  return errors;
};

/**
 * The draft the form's fields make, checked in one pass before anything is sent: the rules above, then the
 * contract's own schema (its Chinese messages), so every missing or wrong field is marked at once.
 */
export const toDraft = (
  fields: CommitmentFields,
  context: DraftContext = {},
): { ok: true; draft: CommitmentDraft } | { ok: false; errors: FieldErrors } => {
  const caseNumber = fields.caseNumber.trim();
  const draft: CommitmentDraft = {
    committer: {
      name: fields.name.trim(),
      kind: fields.kind,
      identifier: normaliseIdentifier(fields.identifier),
    },
    type: fields.type,
    reason: fields.reason.trim(),
    content: fields.content.trim(),
    liability: fields.liability.trim(),
    madeOn: fields.madeOn,
    validUntil: fields.longTerm ? null : fields.validUntil,
    matterCode: fields.matterCode,
    caseNumber: caseNumber === '' ? null : caseNumber,
    recognisingUnit: { name: fields.recognisingName.trim(), code: fields.recognisingCode.trim() },
    acceptingUnit: { name: fields.acceptingName.trim(), code: fields.acceptingCode.trim() },
    publicity: fields.publicity,
    verifyBy: fields.verifyBy,
    checkId: fields.checkId,
  };
  const errors = ruleErrors(fields, context);
  const parsed = CommitmentDraft.safeParse(draft);
  if (!parsed.success) {
    const schema = issuesToErrors(parsed.error.issues, draftFieldOf).errors;
    for (const [key, message] of Object.entries(schema)) errors[key as FieldKey] ??= message;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, draft };
};

type Issue = { path: readonly (string | number)[]; message: string };

const isIssue = (value: unknown): value is Issue =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as { path?: unknown }).path) &&
  typeof (value as { message?: unknown }).message === 'string';

/** The zod issues a BAD_REQUEST (or a *_INVALID answer) carries as details; [] when it carries none. */
export const issuesOf = (details: unknown): Issue[] =>
  Array.isArray(details) ? details.filter(isIssue) : [];

/**
 * Where the core's validation points to, as the form's fields: `committer.name` → name,
 * `recognisingUnit.code` → recognisingCode. `prefix` strips a wrapper (`verification` for the verify request).
 * Messages that are not Chinese (a schema without its own) give way to a generic one.
 */
export const issuesToErrors = <K extends string>(
  details: unknown,
  fieldOf: (path: string) => K | null,
): { errors: Partial<Record<K, string>>; unplaced: string[] } => {
  const errors: Partial<Record<K, string>> = {};
  const unplaced: string[] = [];
  for (const issue of issuesOf(details)) {
    const message = /\p{Script=Han}/u.test(issue.message) ? issue.message : commitmentDraftTexts.invalidField;
    const field = fieldOf(issue.path.join('.'));
    if (field === null) unplaced.push(message);
    else errors[field] ??= message;
  }
  return { errors, unplaced };
};

const draftPaths: Record<string, FieldKey> = {
  'committer.name': 'name',
  'committer.kind': 'kind',
  'committer.identifier': 'identifier',
  'recognisingUnit.name': 'recognisingName',
  'recognisingUnit.code': 'recognisingCode',
  'acceptingUnit.name': 'acceptingName',
  'acceptingUnit.code': 'acceptingCode',
  committer: 'name',
  recognisingUnit: 'recognisingName',
  acceptingUnit: 'acceptingName',
};

const plainFields: readonly FieldKey[] = [
  'type',
  'reason',
  'content',
  'liability',
  'madeOn',
  'validUntil',
  'matterCode',
  'caseNumber',
  'publicity',
  'verifyBy',
];

/** A CommitmentDraft path → the form field showing it. */
export const draftFieldOf = (path: string): FieldKey | null => {
  const mapped = draftPaths[path];
  if (mapped !== undefined) return mapped;
  return (plainFields as readonly string[]).includes(path) ? (path as FieldKey) : null;
};
