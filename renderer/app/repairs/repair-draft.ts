// Pure: what the window fills in for a new application, its defaults, and the request it becomes.
import { addDays } from '../../../shared/calendar/day';
import type { PublicityType } from '../../../shared/domain/commitment';
import {
  RepairCreateRequest,
  type Attachment,
  type RepairCandidate,
  type RepairOutcome,
} from '../../../shared/domain/repair';
import type { SubjectSummary } from '../../../shared/domain/subject';
import { normaliseIdentifier, parseIdentifier } from '../../../shared/identifiers';
import { outcomeFits } from '../../../shared/repair/outcomes';
import { commitmentDefaults, repairDraftTexts } from './texts';

export type ApplicationDraft = {
  handlerName: string;
  handlerPhone: string;
  reasons: string;
  requestedOutcome: RepairOutcome;
};

export type CommitmentFields = {
  committerIdentifier: string;
  reason: string;
  content: string;
  liability: string;
  madeOn: string;
  /** '' = 长期 */
  validUntil: string;
  caseNumber: string;
  recognisingName: string;
  recognisingCode: string;
  acceptingName: string;
  acceptingCode: string;
  publicity: PublicityType;
  verifyBy: string;
};

/** Where each field's errors land in the request (zod issue paths). */
export const commitmentFieldPath: Record<keyof CommitmentFields, string> = {
  committerIdentifier: 'commitment.committer.identifier',
  reason: 'commitment.reason',
  content: 'commitment.content',
  liability: 'commitment.liability',
  madeOn: 'commitment.madeOn',
  validUntil: 'commitment.validUntil',
  caseNumber: 'commitment.caseNumber',
  recognisingName: 'commitment.recognisingUnit.name',
  recognisingCode: 'commitment.recognisingUnit.code',
  acceptingName: 'commitment.acceptingUnit.name',
  acceptingCode: 'commitment.acceptingUnit.code',
  publicity: 'commitment.publicity',
  verifyBy: 'commitment.verifyBy',
};

/** Field → message; keys are the request's paths ('handlerName', 'commitment.content' …). */
export type DraftErrors = Partial<Record<string, string>>;

/** Days from 作出日期 to 核查期限 when the rules are not at hand (commitment-rules.json defaultVerifyWithinDays). */
export const DEFAULT_VERIFY_WITHIN_DAYS = 30;

export const blankApplication = (outcome: RepairOutcome): ApplicationDraft => ({
  handlerName: '',
  handlerPhone: '',
  reasons: '',
  requestedOutcome: outcome,
});

/** The full identifier when the summary shows it (a USCC is public); '' when masked (a citizen ID). */
export const unmaskedIdentifier = (masked: string): string => (masked.includes('*') ? '' : masked);

/** A typed identifier agrees with the masked one shown for the subject (same length, same visible characters). */
export const matchesMask = (value: string, masked: string): boolean => {
  const typed = Array.from(normaliseIdentifier(value));
  const shown = Array.from(masked);
  return typed.length === shown.length && shown.every((char, index) => char === '*' || char === typed[index]);
};

export const initialCommitment = (input: {
  subject: SubjectSummary;
  knownIdentifier: string | null;
  /** 认定单位 is the chosen record's (candidate.unit); its code is not in the record and is typed in. */
  candidate: RepairCandidate;
  /** 受理单位: the clerk's department and its code, from the settings. */
  acceptingUnit: { name: string; code: string };
  /** 办件编号 of the check the application came from, if it did. */
  caseNumber?: string | null;
  today: string;
}): CommitmentFields => ({
  committerIdentifier: input.knownIdentifier ?? unmaskedIdentifier(input.subject.identifierMasked),
  reason: repairDraftTexts.reasonDefault(input.candidate.title),
  content: commitmentDefaults.content,
  liability: commitmentDefaults.liability,
  madeOn: input.today,
  validUntil: '',
  caseNumber: input.caseNumber ?? '',
  recognisingName: input.candidate.unit,
  recognisingCode: '',
  acceptingName: input.acceptingUnit.name,
  acceptingCode: input.acceptingUnit.code,
  publicity: 'public',
  verifyBy: addDays(input.today, DEFAULT_VERIFY_WITHIN_DAYS),
});

/** The steps of the stepper a field belongs to, so a refused submission goes back to the right one. */
export const stepOfField = (path: string): number => {
  if (path === 'subjectId') return 0;
  if (path === 'targetId' || path === 'targetTable') return 1;
  if (path.startsWith('commitment.')) return 3;
  return 2;
};

type Built = { ok: true; request: RepairCreateRequest } | { ok: false; errors: DraftErrors };

/** The request, checked with the contract's own schema (its Chinese messages) and the identifier rules. */
export const buildRequest = (input: {
  subject: SubjectSummary;
  candidate: RepairCandidate;
  application: ApplicationDraft;
  attachments: readonly Attachment[];
  commitment: CommitmentFields;
  accept: boolean;
}): Built => {
  const { subject, candidate, application, commitment } = input;
  const phone = application.handlerPhone.trim();
  const caseNumber = commitment.caseNumber.trim();
  const identifier = normaliseIdentifier(commitment.committerIdentifier);
  const draft = {
    subjectId: subject.id,
    targetTable: candidate.targetTable,
    targetId: candidate.targetId,
    handlerName: application.handlerName,
    handlerPhone: phone === '' ? null : phone,
    reasons: application.reasons,
    requestedOutcome: application.requestedOutcome,
    attachments: [...input.attachments],
    commitment: {
      committer: { name: subject.name, kind: subject.kind, identifier },
      reason: commitment.reason,
      content: commitment.content,
      liability: commitment.liability,
      madeOn: commitment.madeOn,
      validUntil: commitment.validUntil === '' ? null : commitment.validUntil,
      caseNumber: caseNumber === '' ? null : caseNumber,
      recognisingUnit: { name: commitment.recognisingName, code: commitment.recognisingCode },
      acceptingUnit: { name: commitment.acceptingName, code: commitment.acceptingCode },
      publicity: commitment.publicity,
      verifyBy: commitment.verifyBy,
    },
    accept: input.accept,
  };
  const errors: DraftErrors = {};
  const parsed = RepairCreateRequest.safeParse(draft);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      // Errors of one attachment or unit field are shown once, on the group.
      const key = path.startsWith('attachments') ? 'attachments' : path;
      errors[key] ??= issue.message;
    }
  }
  if (
    errors.requestedOutcome === undefined &&
    !outcomeFits(candidate.targetTable, application.requestedOutcome)
  )
    errors.requestedOutcome = repairDraftTexts.outcomeMismatch;
  const identifierKey = commitmentFieldPath.committerIdentifier;
  if (errors[identifierKey] === undefined && identifier !== '') {
    const checked = parseIdentifier(identifier);
    if (!checked.ok) errors[identifierKey] = checked.message;
    else if (!matchesMask(identifier, subject.identifierMasked))
      errors[identifierKey] = repairDraftTexts.identifierMismatch;
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, request: parsed.data };
};

/** Errors of the fields on one step of the stepper. */
export const errorsOfStep = (errors: DraftErrors, step: number): DraftErrors =>
  Object.fromEntries(Object.entries(errors).filter(([path]) => stepOfField(path) === step));
