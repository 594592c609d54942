import type { RepairDetail, RepairWindowStep } from '../../../shared/domain/repair';
import type { RepairSteppedPayload } from '../../../shared/platform-api/workflow';
import { transition, type RepairEvent } from '../../../shared/repair/state-machine';
import { err, ok, type Result } from '../../../shared/result';
import { beijingDay, toBeijingIso } from '../../../shared/time';
import { appendAudit } from '../audit/audit.repo';
import { enqueue } from '../sync/outbox.repo';
import type { RepairDeps } from './repair-deps';
import { detailOf } from './repair-view';
import { getRepair, saveRepair } from './repairs.repo';

/**
 * 受理 or 不予受理 (with its reason) of a submitted application. Applied here at once, at baseVersion + 1, and sent
 * up as 'repair.stepped'; the platform applies it only if it still holds baseVersion (else a conflict, shown).
 */
export function stepRepair(deps: RepairDeps, request: RepairWindowStep): Result<RepairDetail> {
  const { db } = deps;
  const application = getRepair(db, request.id);
  if (application === null) return err('REPAIR_NOT_FOUND', '找不到该信用修复申请');
  if (application.version !== request.baseVersion)
    return err('REPAIR_TRANSITION_REFUSED', '该申请已有更新，请刷新后再办理', {
      version: application.version,
    });
  const reason = request.reason?.trim() ?? '';
  const event: RepairEvent = request.event === 'refuse' ? { type: 'refuse', reason } : { type: 'accept' };
  const next = transition(application.state, event, 'window-clerk');
  if (!next.ok) return err('REPAIR_TRANSITION_REFUSED', next.message, { code: next.code });

  const now = deps.now();
  const at = toBeijingIso(now);
  const on = beijingDay(now);
  const by = deps.operator();
  const stepped = {
    ...application,
    state: next.state,
    stateEnteredOn: on,
    history: [
      ...application.history,
      { event: request.event, at, on, by, reason: reason === '' ? null : reason },
    ],
    updatedAt: at,
    version: request.baseVersion + 1,
  };
  const payload: RepairSteppedPayload = {
    id: application.id,
    baseVersion: request.baseVersion,
    event: request.event,
    reason: reason === '' ? null : reason,
    at,
    on,
    by,
  };
  db.transaction(() => {
    saveRepair(db, stepped);
    enqueue(db, 'repair.stepped', payload, at, deps.username());
    appendAudit(db, {
      at,
      actor: by,
      action: `repair.${request.event}`,
      targetType: 'repair',
      targetId: application.id,
      caseNumber: null,
      purpose: '信用修复受理',
      detail: { from: application.state, to: next.state, reason: payload.reason },
    });
  })();
  deps.events.emit({ type: 'workflow-changed', area: 'repairs' });
  return ok(detailOf(db, stepped, deps.rules.current(), on));
}
