import type { Db } from '../../node-shared/db/connection';
import { operatorLabel } from '../../shared/auth/operator-label';
import type { Objection, ObjectionTarget } from '../../shared/domain/objection';
import { transitionObjection, type ObjectionEvent } from '../../shared/objection/state-machine';
import type { ObjectionTargetDecision } from '../../shared/platform-api/objections';
import { objectionFromRow } from '../../shared/platform-api/synced/objections';
import { beijingDay, toBeijingIso } from '../../shared/time';
import { findUser } from '../access/users.repo';
import { applyObjectionOutcome } from './objection-outcome';
import { readObjectionRow, writeObjection } from './objections.repo';

export type ObjectionReview = {
  id: string;
  event: 'route' | 'reject' | 'extend' | 'decide';
  reason: string | null;
  decisions: readonly (Omit<ObjectionTargetDecision, 'corrections'> & {
    corrections: readonly { field: ObjectionTarget['corrections'][number]['field']; value: string }[];
  })[];
  baseVersion?: number | undefined;
  /** The reviewer's username. */
  reviewer: string;
  now: Date;
};

export type ObjectionReviewFailure = {
  ok: false;
  /** HTTP status for the route; the CLI prints the message. */
  status: 400 | 404 | 409;
  code: string;
  message: string;
  /** With VERSION_CONFLICT: the objection as it is now. */
  serverVersion?: Objection;
};

export type ObjectionReviewResult = { ok: true; objection: Objection } | ObjectionReviewFailure;

const failure = (
  status: ObjectionReviewFailure['status'],
  code: string,
  message: string,
): ObjectionReviewFailure => ({
  ok: false,
  status,
  code,
  message,
});

/** Thrown inside the transaction to undo what an earlier record's outcome wrote. */
class Undo extends Error {
  constructor(readonly failure: ObjectionReviewFailure) {
    super(failure.message);
  }
}

function reviewerLabel(db: Db, username: string): string {
  const user = findUser(db, username);
  return user === null || user.displayName === '' || user.displayName === username
    ? username
    : operatorLabel(user);
}

const eventOf = (event: ObjectionReview['event'], reason: string): ObjectionEvent =>
  event === 'route' ? { type: 'route' } : { type: event, reason };

/** The decisions cover every record objected to, once each, and nothing else. */
function decisionsProblem(objection: Objection, decisions: ObjectionReview['decisions']): string | null {
  const key = (table: string, id: string) => `${table}:${id}`;
  const wanted = new Set(objection.targets.map((target) => key(target.targetTable, target.targetId)));
  const given = decisions.map((decision) => key(decision.targetTable, decision.targetId));
  if (new Set(given).size !== given.length) return '同一条记录有两个处理决定';
  if (given.some((entry) => !wanted.has(entry))) return '处理决定中有不属于该异议的记录';
  if (given.length !== wanted.size) return '须对异议的每一条记录作出处理决定';
  return null;
}

/**
 * A platform reviewer's step (转认定单位 / 不予受理 / 延长处理期限 / 作出处理决定), for the HTTP route and the CLI
 * alike. One transaction: the objection's new state and history and, with a decision, its effect on every record
 * objected to (更正 / 删除 / 屏蔽); the feed carries both to every client. Any refusal undoes all of it.
 */
export function reviewObjection(db: Db, input: ObjectionReview): ObjectionReviewResult {
  const reason = input.reason?.trim() ?? '';
  try {
    return db.transaction((): ObjectionReviewResult => {
      const row = readObjectionRow(db, input.id);
      if (row === null) return failure(404, 'OBJECTION_NOT_FOUND', `没有这份异议申请：${input.id}`);
      const current = objectionFromRow(row);
      if (input.baseVersion !== undefined && input.baseVersion !== current.version)
        return {
          ...failure(
            409,
            'VERSION_CONFLICT',
            `该异议已被更新（当前第${current.version}版，您看到的是第${input.baseVersion}版），请刷新后重试`,
          ),
          serverVersion: current,
        };
      const next = transitionObjection(
        current.state,
        eventOf(input.event, reason),
        'platform-reviewer',
        current.extended,
      );
      if (!next.ok)
        return failure(next.code === 'REASON_REQUIRED' ? 400 : 409, 'OBJECTION_STEP_REFUSED', next.message);
      if (input.event !== 'decide' && input.decisions.length > 0)
        return failure(400, 'OBJECTION_STEP_REFUSED', '只有作出处理决定时才填写各记录的处理结果');
      const day = beijingDay(input.now);
      const at = toBeijingIso(input.now);
      const by = reviewerLabel(db, input.reviewer);
      let targets = current.targets;
      if (input.event === 'decide') {
        const problem = decisionsProblem(current, input.decisions);
        if (problem !== null) return failure(400, 'OBJECTION_STEP_REFUSED', problem);
        targets = current.targets.map((target) => {
          const decision = input.decisions.find(
            (entry) => entry.targetTable === target.targetTable && entry.targetId === target.targetId,
          );
          if (decision === undefined) return target;
          const applied = applyObjectionOutcome(
            db,
            { table: target.targetTable, id: target.targetId },
            decision.outcome,
            decision.corrections,
            day,
          );
          if (!applied.ok)
            throw new Undo(
              failure(
                applied.code === 'TARGET_MISSING' ? 409 : 400,
                applied.code,
                `“${target.title}”：${applied.message}`,
              ),
            );
          return { ...target, outcome: decision.outcome, corrections: applied.corrections };
        });
      }
      const routedTo =
        input.event === 'route'
          ? [...new Set(current.targets.map((target) => target.unit))]
          : current.routedTo;
      const objection: Objection = {
        ...current,
        targets,
        state: next.state,
        // An extension keeps the day the decision's clock started.
        stateEnteredOn: input.event === 'extend' ? current.stateEnteredOn : day,
        routedTo,
        extended: current.extended || input.event === 'extend',
        history: [
          ...current.history,
          { event: input.event, at, on: day, by, reason: reason === '' ? null : reason },
        ],
        decision:
          input.event === 'decide'
            ? { reason, decidedOn: day, decidedAt: at, decidedBy: by, unit: routedTo.join('、') }
            : current.decision,
        closingReason: input.event === 'reject' ? reason : current.closingReason,
        updatedAt: at,
        version: current.version + 1,
      };
      writeObjection(db, objection);
      return { ok: true, objection };
    })();
  } catch (error) {
    if (error instanceof Undo) return error.failure;
    throw error;
  }
}
