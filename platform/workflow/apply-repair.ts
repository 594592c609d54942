import type { Db } from '../../node-shared/db/connection';
import type { RepairApplication, RepairStep } from '../../shared/domain/repair';
import type { RepairSteppedPayload } from '../../shared/platform-api/workflow';
import { repairFromRow, repairToRow } from '../../shared/platform-api/synced/repair-applications';
import { transition, type RepairEvent, type RepairState } from '../../shared/repair/state-machine';
import { hasFile } from '../files/files.repo';
import { readRepairRow, sameCreation, writeRepair } from './workflow.repo';
import { applied, conflict, rejected, same, type WorkflowOutcome } from './outcome';
import { outOfRepairScope } from './repair-scope';

/** A recorded step as the state machine's event (refuse and deny carry their reason). */
export const repairEvent = (event: RepairStep['event'], reason: string | null): RepairEvent =>
  event === 'refuse' || event === 'deny' ? { type: event, reason: reason ?? '' } : { type: event };

/** The states an application can be in when it first reaches the platform: the window's steps only. */
const windowStates: readonly RepairState[] = ['submitted', 'accepted', 'refused'];

const changedLater = new Set([
  'state',
  'state_entered_on',
  'history',
  'outcome',
  'decision_reason',
  'updated_at',
  'version',
]);

/** The state the recorded steps lead to from 填写中, each one taken by the window; or why they cannot. */
function replayWindowSteps(history: readonly RepairStep[]): { state: RepairState } | { refused: string } {
  let state: RepairState = 'draft';
  for (const step of history) {
    const next = transition(state, repairEvent(step.event, step.reason), 'window-clerk');
    if (!next.ok) return { refused: `办理记录无效：${next.message}` };
    state = next.state;
  }
  return { state };
}

/**
 * 'repair.created': the city's copy of an application taken in at a window. Its history must be window steps
 * leading to its state, and every attachment must have been uploaded first (files are pushed before entries).
 */
export function applyRepairCreated(db: Db, application: RepairApplication): WorkflowOutcome {
  if (application.version !== 1) return rejected('INVALID_PAYLOAD', '新建的修复申请应为第1版');
  const replayed = replayWindowSteps(application.history);
  if ('refused' in replayed) return rejected('REPAIR_TRANSITION_REFUSED', replayed.refused);
  if (replayed.state !== application.state || !windowStates.includes(application.state))
    return rejected('REPAIR_TRANSITION_REFUSED', '申请状态与其办理记录不符，市平台未接收');
  const missing = application.attachments.filter((attachment) => !hasFile(db, attachment.sha256));
  if (missing.length > 0)
    return rejected(
      'ATTACHMENT_MISSING',
      `附件尚未上传到市平台：${missing.map((attachment) => attachment.name).join('、')}；请重新同步`,
    );
  const stored = readRepairRow(db, application.id);
  if (stored !== null)
    return sameCreation(stored, repairToRow(application), changedLater)
      ? same
      : conflict(repairFromRow(stored));
  // Taken in nowhere: a list another authority removes, a record that is no basis (the window refuses both).
  const outside = outOfRepairScope(db, { table: application.targetTable, id: application.targetId });
  if (outside !== null) return rejected(outside.code, outside.message);
  writeRepair(db, application);
  return applied;
}

/** 'repair.stepped': 受理 / 不予受理 at the window, applied only to the version the clerk saw. */
export function applyRepairStepped(db: Db, payload: RepairSteppedPayload): WorkflowOutcome {
  const row = readRepairRow(db, payload.id);
  if (row === null)
    return rejected('REPAIR_NOT_FOUND', '市平台上没有这份修复申请（其新建记录可能未被接收），本步骤未能登记');
  const current = repairFromRow(row);
  if (current.version !== payload.baseVersion) return conflict(current);
  const next = transition(current.state, repairEvent(payload.event, payload.reason), 'window-clerk');
  if (!next.ok) return rejected('REPAIR_TRANSITION_REFUSED', next.message);
  writeRepair(db, {
    ...current,
    state: next.state,
    stateEnteredOn: payload.on,
    history: [
      ...current.history,
      { event: payload.event, at: payload.at, on: payload.on, by: payload.by, reason: payload.reason },
    ],
    updatedAt: payload.at,
    version: current.version + 1,
  });
  return applied;
}
