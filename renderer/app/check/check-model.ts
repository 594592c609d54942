import type { CheckDetail, VerdictCode } from '../../../shared/domain/check';
import { maskIdentifier } from '../../../shared/identifiers';
import { checkStoreTexts } from './texts';

export type ContextErrors = {
  caseNumber?: string | undefined;
  matterCode?: string | undefined;
  note?: string | undefined;
};

/** Same limits as ApprovalContext in the contract, with the check page's messages. */
export const validateContext = (input: {
  caseNumber: string;
  matterCode: string | null;
  note: string;
}): ContextErrors => {
  const texts = checkStoreTexts.context;
  const errors: ContextErrors = {};
  const caseNumber = input.caseNumber.trim();
  if (caseNumber === '') errors.caseNumber = texts.caseNumberRequired;
  else if (caseNumber.length > 64) errors.caseNumber = texts.caseNumberTooLong;
  if (input.matterCode === null || input.matterCode.trim() === '') errors.matterCode = texts.matterRequired;
  if (input.note.trim().length > 500) errors.note = texts.noteTooLong;
  return errors;
};

/** One line of 本次已核查. */
export type SessionCheck = {
  checkId: string;
  subjectName: string | null;
  identifier: string;
  verdict: VerdictCode;
  openFeedback: number;
};

export const toSessionCheck = (detail: CheckDetail): SessionCheck => ({
  checkId: detail.result.checkId,
  subjectName: detail.result.subject?.name ?? null,
  identifier: maskIdentifier(detail.result.query.normalized, detail.result.query.kind),
  verdict: detail.result.verdict.code,
  openFeedback: Math.max(0, detail.feedbackState.required - detail.feedbackState.recorded),
});
