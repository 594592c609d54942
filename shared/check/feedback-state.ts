import type { CheckResult, FeedbackRecord, FeedbackState } from '../domain/check';

/**
 * A check stays open until every actionable hit has at least one feedback record, on it or — for a re-check —
 * on an earlier check of the same approval (carried over). A superseded check is never open: its duties moved.
 */
export function feedbackState(
  result: CheckResult,
  feedback: readonly Pick<FeedbackRecord, 'hitKey'>[],
  superseded = false,
): FeedbackState {
  const actionable = new Set(result.hits.filter((hit) => hit.actionable).map((hit) => hit.key));
  const answered = new Set([...(result.recheckOf?.carriedHitKeys ?? []), ...feedback.map((r) => r.hitKey)]);
  const recorded = [...actionable].filter((key) => answered.has(key)).length;
  return { required: actionable.size, recorded, open: !superseded && recorded < actionable.size };
}
