import { maskIdentifier } from '../../../shared/identifiers';
import {
  ApprovalContext,
  OverrideReason,
  type CheckDetail,
  type VerdictCode,
} from '../../../shared/domain/check';
import { readable, requestErrorMap } from '../../../shared/contract/request-messages';

export type ContextErrors = {
  caseNumber?: string | undefined;
  matterCode?: string | undefined;
  note?: string | undefined;
};

/**
 * The approval context checked by the contract's own ApprovalContext (the schema the core checks check:run
 * against): the first message for each field, in the schema's Chinese.
 */
export const validateContext = (input: {
  caseNumber: string;
  matterCode: string | null;
  note: string;
}): ContextErrors => {
  const parsed = ApprovalContext.safeParse(
    { caseNumber: input.caseNumber, matterCode: input.matterCode ?? '', note: input.note },
    { error: requestErrorMap },
  );
  const errors: ContextErrors = {};
  if (parsed.success) return errors;
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (field !== 'caseNumber' && field !== 'matterCode' && field !== 'note') continue;
    errors[field] ??= readable(issue.message);
  }
  return errors;
};

/** The reason for using a code that fails its check digit, checked by the contract's Applicant override. */
export const overrideReasonError = (reason: string): string | null => {
  const parsed = OverrideReason.safeParse(reason, { error: requestErrorMap });
  return parsed.success ? null : readable(parsed.error.issues[0]?.message ?? '');
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
