import type { CheckDetail, CheckResult, FeedbackItem, FeedbackRecord, Hit } from '../../../shared/domain';
import { err, type Result } from '../../../shared/result';
import { toBeijingIso } from '../../../shared/time';
import { appendAudit } from '../audit/audit.repo';
import { enqueue } from '../sync/outbox.repo';
import { getCheckRow, insertFeedback, supersedingCheck } from './check.repo';
import type { CheckDeps } from './check.service';
import { checkNotFound } from './not-found';

export { feedbackState } from '../../../shared/check/feedback-state';

// Clerk PCs' clocks drift: an action time a little ahead of ours is accepted, a day ahead is a typing error.
const FUTURE_TOLERANCE_MS = 10 * 60_000;
const MINUTE_MS = 60_000;

/** A measure follows the check it answers; the form gives minutes, so the check's own minute counts as after it. */
const beforeCheck = (actedAt: string, checkedAt: string): boolean =>
  Date.parse(actedAt) < Math.floor(Date.parse(checkedAt) / MINUTE_MS) * MINUTE_MS;

/** What is wrong with one item: the Chinese message and the item's field it is about. */
type ItemProblem = { field: keyof FeedbackItem; message: string };

const problem = (field: keyof FeedbackItem, message: string): ItemProblem => ({ field, message });

function validateItem(
  hit: Hit | undefined,
  item: FeedbackItem,
  now: Date,
  checkedAt: string,
  carried: ReadonlySet<string>,
): ItemProblem | null {
  if (hit === undefined || !hit.actionable) return problem('hitKey', '反馈对应的名单记录不存在或无需反馈');
  if (carried.has(item.hitKey))
    return problem('hitKey', `“${hit.listType.name}”已在本办件前次核查中反馈，无需重复反馈`);
  if (Date.parse(item.actedAt) > now.getTime() + FUTURE_TOLERANCE_MS)
    return problem('actedAt', '实施时间不能晚于当前时间');
  if (beforeCheck(item.actedAt, checkedAt)) return problem('actedAt', '实施时间不能早于本次核查时间');
  const allowed =
    item.action === 'punished'
      ? hit.punishments
      : item.action === 'incentivized' && !hit.incentivesSuppressed
        ? hit.incentives
        : [];
  if (item.action === 'none') {
    if ((item.reason ?? '').trim() === '') return problem('reason', '未采取措施时须填写原因');
    if (item.measureCodes.length > 0) return problem('measureCodes', '未采取措施时不应勾选措施');
    return null;
  }
  if (allowed.length === 0) {
    return problem(
      'action',
      item.action === 'punished'
        ? '该名单记录在本事项下无可适用的惩戒措施'
        : '该名单记录在本事项下无可适用的激励措施',
    );
  }
  if (item.measureCodes.length === 0) return problem('measureCodes', '请至少选择一项已采取的措施');
  const codes = new Set(allowed.map((measure) => measure.code));
  const foreign = item.measureCodes.find((code) => !codes.has(code));
  // The code is not named: a person knows measures by name, and a code not in the catalogue has none.
  return foreign === undefined
    ? null
    : problem('measureCodes', '所选措施中有不适用于该名单记录和本事项的，请重新勾选');
}

/**
 * A refused item: the message, and in the details the item (index, hitKey) and the path of the offending field
 * in the request (items.<index>.<field>), as a BAD_REQUEST issue's path, so a form shows it at that field.
 */
const refuseItem = (index: number, hitKey: string, { field, message }: ItemProblem): Result<never> =>
  err('FEEDBACK_INVALID', message, { index, hitKey, path: ['items', index, field] });

/** Records feedback for hits of a stored check; all items or none (one transaction). */
export function recordFeedback(deps: CheckDeps, get: (checkId: string) => Result<CheckDetail>) {
  return (request: { checkId: string; items: FeedbackItem[] }): Result<CheckDetail> => {
    const row = getCheckRow(deps.db, request.checkId);
    if (row === null) return checkNotFound();
    const result = JSON.parse(row.evidence) as CheckResult;
    if (supersedingCheck(deps.db, request.checkId) !== null)
      return err('CHECK_SUPERSEDED', '本办件已重新核查，请在最新的核查记录中反馈');
    const carried = new Set(result.recheckOf?.carriedHitKeys ?? []);
    const now = deps.now();
    const seen = new Set<string>();
    for (const [index, item] of request.items.entries()) {
      if (seen.has(item.hitKey))
        return refuseItem(index, item.hitKey, problem('hitKey', `第 ${index + 1} 条反馈与前面的反馈重复`));
      seen.add(item.hitKey);
      const refused = validateItem(
        result.hits.find((hit) => hit.key === item.hitKey),
        item,
        now,
        result.checkedAt,
        carried,
      );
      if (refused !== null) return refuseItem(index, item.hitKey, refused);
    }
    const recordedAt = toBeijingIso(now);
    const operator = deps.operator();
    deps.db.transaction(() => {
      for (const item of request.items) {
        const record: FeedbackRecord = {
          ...item,
          id: deps.newId(),
          checkId: request.checkId,
          recordedAt,
          operator,
        };
        insertFeedback(deps.db, record);
        enqueue(deps.db, 'feedback.recorded', record, recordedAt);
        appendAudit(deps.db, {
          at: recordedAt,
          actor: operator,
          action: 'check.feedback',
          targetType: 'check',
          targetId: request.checkId,
          caseNumber: result.context.caseNumber,
          purpose: `${result.context.matter.code} ${result.context.matter.name}`,
          detail: {
            feedbackId: record.id,
            hitKey: item.hitKey,
            action: item.action,
            measures: item.measureCodes,
          },
        });
      }
    })();
    return get(request.checkId);
  };
}
