import type { RepairCandidate } from '../../../shared/domain/repair';
import type { SubjectSummary } from '../../../shared/domain/subject';
import { blankRepairValues, type RepairFormValues } from './repair-form';

/** A refused submission; `openId` is the application already open against the record (REPAIR_ALREADY_OPEN). */
export type SubmitError = { code: string; message: string; openId: string | null };

/** What the check result hands over: the subject as it was found, and the record to repair. */
export type RepairIntent = {
  subjectId: string;
  /** The full identifier (the check result has it; a name search shows only the masked one). */
  identifier: string | null;
  targetId: string;
  /** 办件编号 of the check the clerk came from: the 承诺书 carries it. */
  caseNumber: string | null;
};

/** A new application asked for: blank (新建修复申请), or from a check result (申请信用修复). */
export type RepairStart = { intent: RepairIntent | null };

export type NewRepairState = {
  open: boolean;
  /** The clerk has changed the application since it started (blank, or as the check result filled it in). */
  dirty: boolean;
  /** A new application that would replace this changed one, waiting for 放弃并新建 or 继续填写. */
  pendingStart: RepairStart | null;
  /** 取消 was asked for while the application holds the clerk's input, waiting for 放弃 or 继续填写. */
  cancelling: boolean;
  /**
   * The form's values as last seen (the form saves them as they change), so the application survives the clerk
   * looking elsewhere; the form starts again from them whenever `formKey` changes.
   */
  values: RepairFormValues;
  formKey: number;
  step: number;
  query: string;
  searching: boolean;
  results: { query: string; items: SubjectSummary[]; active: number; more: boolean } | null;
  searchError: string | null;
  subject: SubjectSummary | null;
  knownIdentifier: string | null;
  /** 办件编号 of the check the application was started from (申请信用修复), for the 承诺书. */
  checkCaseNumber: string | null;
  candidates: RepairCandidate[] | null;
  candidatesError: string | null;
  /** The record the 承诺书 was filled in for (candidateKey); choosing another fills it in again. */
  preparedFor: string | null;
  reading: number;
  fileNotices: string[];
  submitError: SubmitError | null;
};

export const candidateKey = (candidate: Pick<RepairCandidate, 'targetTable' | 'targetId'>): string =>
  `${candidate.targetTable}:${candidate.targetId}`;

export const isSelectable = (candidate: RepairCandidate): boolean =>
  candidate.eligibility.eligible && candidate.openApplicationId === null;

/** The candidate the form's values name, if it is among those listed. */
export const chosenCandidate = (
  candidates: readonly RepairCandidate[] | null,
  values: Pick<RepairFormValues, 'targetTable' | 'targetId'>,
): RepairCandidate | null =>
  candidates?.find(
    (candidate) => candidateKey(candidate) === candidateKey(values) && values.targetId !== '',
  ) ?? null;

export const blank = () =>
  ({
    values: blankRepairValues(),
    step: 0,
    query: '',
    searching: false,
    results: null,
    searchError: null,
    subject: null,
    knownIdentifier: null,
    checkCaseNumber: null,
    candidates: null,
    candidatesError: null,
    preparedFor: null,
    reading: 0,
    fileNotices: [],
    submitError: null,
  }) satisfies Partial<NewRepairState>;

/** What the clerk can put into an application; the rest of the state is how the wizard shows it. */
export const repairDraftSnapshot = (state: Pick<NewRepairState, 'query' | 'subject' | 'values'>) => ({
  query: state.query,
  subjectId: state.subject?.id ?? null,
  values: state.values,
});
