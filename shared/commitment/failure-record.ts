import { addMonths } from '../calendar/day';
import type { Commitment } from '../domain/commitment';
import type { CreditRecord } from '../domain/subject';
import { commitmentTypeLabels, fulfilmentLabels } from '../domain/workflow-labels';
import { verificationFailure } from './failure';
import type { CommitmentFailure, CommitmentRules } from './rules';

export const commitmentFailureRecordId = (commitmentId: string): string =>
  `commitment-failure-${commitmentId}`;

/** 'false' for a false commitment, else the fulfilment found (partial, unfulfilled); null when kept. */
export const commitmentFailureOf = (commitment: Pick<Commitment, 'verification'>): CommitmentFailure | null =>
  verificationFailure(commitment.verification);

/**
 * The credit record a broken or false commitment becomes (失信信息 of the committer), built the same way by the
 * client (provisionally, at verification) and by the platform (the row every client ends up with). Null when
 * the commitment is not verified or was kept.
 */
export function commitmentFailureRecord(
  commitment: Commitment,
  subjectId: string,
  rules: CommitmentRules,
): CreditRecord | null {
  const failure = commitmentFailureOf(commitment);
  const verification = commitment.verification;
  if (failure === null || verification === null) return null;
  const typeLabel = commitmentTypeLabels[commitment.type];
  const details = [
    `承诺编码：${commitment.code}`,
    `承诺事由：${commitment.reason}`,
    `核查结果：${failure === 'false' ? '虚假承诺' : fulfilmentLabels[verification.fulfilment]}`,
    verification.unfulfilledContent ? `未履行内容：${verification.unfulfilledContent}` : null,
    verification.liabilityPursued ? `违诺责任追究：${verification.liabilityPursued}` : null,
  ];
  return {
    id: commitmentFailureRecordId(commitment.id),
    subjectId,
    category: 'commitment',
    title: failure === 'false' ? `虚假承诺（${typeLabel}）` : `违反信用承诺（${typeLabel}）`,
    content: details.filter((line) => line !== null).join('；'),
    sourceDepartment: commitment.recognisingUnit.name,
    decisionNumber: null,
    decisionOn: verification.verifiedOn,
    publicationEndsOn: addMonths(verification.verifiedOn, rules.failurePublicationMonths),
    status: 'published',
    severity: rules.failureSeverity ?? null,
    domain: null,
    commitmentId: commitment.id,
    commitmentFailure: failure,
    repairOutcome: null,
    repairedOn: null,
    procedure: null,
  };
}
