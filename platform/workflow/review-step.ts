import type { Db } from '../../node-shared/db/connection';
import { operatorLabel } from '../../shared/auth/operator-label';
import { isBroken } from '../../shared/domain/commitment';
import type { RepairApplication, RepairOutcome } from '../../shared/domain/repair';
import { commitmentFromRow } from '../../shared/platform-api/synced/commitments';
import { repairFromRow } from '../../shared/platform-api/synced/repair-applications';
import { transition } from '../../shared/repair/state-machine';
import { beijingDay, toBeijingIso } from '../../shared/time';
import { findUser } from '../access/users.repo';
import { readCommitmentRow, readRepairRow, writeRepair } from './workflow.repo';
import { repairEvent } from './apply-repair';
import { applyRepairOutcome } from './repair-outcome';
import { outOfRepairScope } from './repair-scope';

export type ReviewStep = {
  id: string;
  event: 'start-review' | 'grant' | 'deny';
  reason: string | null;
  outcome: RepairOutcome | null;
  baseVersion?: number | undefined;
  /** The reviewer's username; the history records `赵敏（zhaomin）` (the account alone without a display name). */
  reviewer: string;
  now: Date;
};

export type ReviewFailure = {
  ok: false;
  /** HTTP status for the route; the CLI prints the message. */
  status: 400 | 404 | 409;
  code: string;
  message: string;
  /** With VERSION_CONFLICT: the application as it is now. */
  serverVersion?: RepairApplication;
};

export type ReviewResult = { ok: true; application: RepairApplication } | ReviewFailure;

const failure = (status: ReviewFailure['status'], code: string, message: string): ReviewFailure => ({
  ok: false,
  status,
  code,
  message,
});

/** The reviewer as the clients show who took a step: display name and account, like their own steps. */
function reviewerLabel(db: Db, username: string): string {
  const user = findUser(db, username);
  return user === null || user.displayName === '' || user.displayName === username
    ? username
    : operatorLabel(user);
}

/** The application's 信用修复承诺, verified as not kept or false: a repair then cannot be granted. */
function brokenCommitmentCode(db: Db, application: RepairApplication): string | null {
  if (application.commitmentId === null) return null;
  const row = readCommitmentRow(db, application.commitmentId);
  if (row === null) return null;
  const commitment = commitmentFromRow(row);
  return isBroken(commitment.verification) ? commitment.code : null;
}

/**
 * A platform reviewer's step (开始审核 / 准予修复 / 不予修复), for the HTTP route and the CLI alike. One
 * transaction: the application's new state and history and, with a grant, the outcome applied to the target
 * row; the feed carries both to every client.
 */
export function reviewRepair(db: Db, input: ReviewStep): ReviewResult {
  const step = { ...input, reason: input.reason?.trim() || null };
  return db.transaction((): ReviewResult => {
    const row = readRepairRow(db, step.id);
    if (row === null) return failure(404, 'REPAIR_NOT_FOUND', `没有这份信用修复申请：${step.id}`);
    const current = repairFromRow(row);
    if (step.baseVersion !== undefined && step.baseVersion !== current.version)
      return {
        ...failure(
          409,
          'VERSION_CONFLICT',
          `该申请已被更新（当前第${current.version}版，您看到的是第${step.baseVersion}版），请刷新后重试`,
        ),
        serverVersion: current,
      };
    const next = transition(current.state, repairEvent(step.event, step.reason), 'platform-reviewer');
    if (!next.ok)
      return failure(next.code === 'REASON_REQUIRED' ? 400 : 409, 'REPAIR_STEP_REFUSED', next.message);
    const day = beijingDay(step.now);
    // A grant without a chosen outcome grants what the applicant asked for.
    const outcome = step.outcome ?? current.requestedOutcome;
    if (step.event === 'grant') {
      const outside = outOfRepairScope(db, { table: current.targetTable, id: current.targetId });
      if (outside !== null) return failure(409, outside.code, `不能准予修复：${outside.message}`);
      const broken = brokenCommitmentCode(db, current);
      if (broken !== null)
        return failure(
          409,
          'REPAIR_STEP_REFUSED',
          `申请人的信用修复承诺（编码 ${broken}）经核查未履行或属虚假承诺，不能准予修复；请作出不予修复决定`,
        );
      const applied = applyRepairOutcome(
        db,
        { table: current.targetTable, id: current.targetId },
        outcome,
        day,
      );
      if (!applied.ok)
        return failure(applied.code === 'TARGET_MISSING' ? 409 : 400, applied.code, applied.message);
    }
    const at = toBeijingIso(step.now);
    const decided = step.event !== 'start-review';
    const application: RepairApplication = {
      ...current,
      state: next.state,
      stateEnteredOn: day,
      history: [
        ...current.history,
        { event: step.event, at, on: day, by: reviewerLabel(db, step.reviewer), reason: step.reason },
      ],
      outcome: step.event === 'grant' ? outcome : current.outcome,
      decisionReason: decided ? step.reason : current.decisionReason,
      updatedAt: at,
      version: current.version + 1,
    };
    writeRepair(db, application);
    return { ok: true, application };
  })();
}
