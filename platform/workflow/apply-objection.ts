import type { Db } from '../../node-shared/db/connection';
import { transitionObjection } from '../../shared/objection/state-machine';
import type { ObjectionCreatedPayload, ObjectionSteppedPayload } from '../../shared/platform-api/objections';
import { objectionFromRow, objectionToRow } from '../../shared/platform-api/synced/objections';
import { hasFile } from '../files/files.repo';
import { readObjectionRow, writeObjection } from './objections.repo';
import { readTargetRow, sameCreation } from './workflow.repo';
import { applied, conflict, rejected, same, type WorkflowOutcome } from './outcome';

/** The columns the procedure changes after the intake: a resent creation is still itself. */
const changedLater = new Set([
  'targets',
  'state',
  'state_entered_on',
  'routed_to',
  'extended',
  'history',
  'decision',
  'closing_reason',
  'updated_at',
  'version',
]);

/**
 * 'objection.created': the city's copy of an objection taken in at a window. It must be as the window takes it
 * in (已受理, first version, one 受理 step, nothing decided), every record objected to must be the subject's at
 * the platform, and every attachment uploaded first (files are pushed before entries).
 */
export function applyObjectionCreated(db: Db, objection: ObjectionCreatedPayload): WorkflowOutcome {
  if (objection.version !== 1) return rejected('INVALID_PAYLOAD', '新受理的异议应为第1版');
  const fresh =
    objection.state === 'submitted' &&
    objection.history.length === 1 &&
    objection.history[0]?.event === 'submit' &&
    objection.decision === null &&
    objection.routedTo.length === 0 &&
    !objection.extended &&
    objection.closingReason === null &&
    objection.targets.every((target) => target.outcome === null && target.corrections.length === 0);
  if (!fresh) return rejected('OBJECTION_TRANSITION_REFUSED', '异议的状态与其办理记录不符，市平台未接收');
  const keys = objection.targets.map((target) => `${target.targetTable}:${target.targetId}`);
  if (new Set(keys).size !== keys.length) return rejected('INVALID_PAYLOAD', '同一条记录在异议中重复出现');
  const missing = objection.attachments.filter((attachment) => !hasFile(db, attachment.sha256));
  if (missing.length > 0)
    return rejected(
      'ATTACHMENT_MISSING',
      `附件尚未上传到市平台：${missing.map((attachment) => attachment.name).join('、')}；请重新同步`,
    );
  const stored = readObjectionRow(db, objection.id);
  if (stored !== null)
    return sameCreation(stored, objectionToRow(objection), changedLater)
      ? same
      : conflict(objectionFromRow(stored));
  const foreign = objection.targets.find((target) => {
    const row = readTargetRow(db, target.targetTable, target.targetId);
    return row === null || row.subject_id !== objection.subjectId;
  });
  if (foreign !== undefined)
    return rejected(
      'OBJECTION_TARGET_UNKNOWN',
      `异议的记录“${foreign.title}”在市平台上不存在或不属于该主体，市平台未接收`,
    );
  writeObjection(db, objection);
  return applied;
}

/** 'objection.stepped': 撤回 at the window, applied only to the version the clerk saw. */
export function applyObjectionStepped(db: Db, payload: ObjectionSteppedPayload): WorkflowOutcome {
  const row = readObjectionRow(db, payload.id);
  if (row === null)
    return rejected(
      'OBJECTION_NOT_FOUND',
      '市平台上没有这份异议申请（其受理记录可能未被接收），本步骤未能登记',
    );
  const current = objectionFromRow(row);
  if (current.version !== payload.baseVersion) return conflict(current);
  const next = transitionObjection(
    current.state,
    { type: payload.event, reason: payload.reason },
    'window-clerk',
  );
  if (!next.ok) return rejected('OBJECTION_TRANSITION_REFUSED', next.message);
  writeObjection(db, {
    ...current,
    state: next.state,
    stateEnteredOn: payload.on,
    history: [
      ...current.history,
      { event: payload.event, at: payload.at, on: payload.on, by: payload.by, reason: payload.reason },
    ],
    closingReason: payload.reason,
    updatedAt: payload.at,
    version: current.version + 1,
  });
  return applied;
}
