import type { Db } from '../../node-shared/db/connection';
import { ObjectionOutcome } from '../../shared/domain/objection';
import { objectionOutcomeLabels } from '../../shared/domain/labels';
import { objectionFromRow } from '../../shared/platform-api/synced/objections';
import {
  OBJECTION_EVENT_LABELS,
  OBJECTION_STATE_LABELS,
  ObjectionState,
} from '../../shared/objection/state-machine';
import { listObjectionRows } from './objections.repo';
import { reviewObjection } from './objection-review';
import { reviewerUser, table, type WorkflowStepArgs } from './workflow-cli';

/** `--objections [--state s]`: the objections, oldest first. */
export function listObjectionsCli(db: Db, state: string | undefined): string {
  const parsed = ObjectionState.optional().safeParse(state);
  if (!parsed.success) throw new Error(`--state 应为：${ObjectionState.options.join('、')}`);
  const objections = listObjectionRows(db, parsed.data).map(objectionFromRow);
  if (objections.length === 0) return '没有符合条件的异议申请';
  return table(
    ['异议编号', '状态', '版本', '主体', '申请人', '异议记录', '受理单位', '受理时间'],
    objections.map((objection) => [
      objection.id,
      OBJECTION_STATE_LABELS[objection.state],
      String(objection.version),
      objection.subjectName,
      objection.applicant.name,
      objection.targets.map((target) => target.title).join('、'),
      objection.acceptingUnit,
      objection.createdAt.slice(0, 16).replace('T', ' '),
    ]),
  );
}

const reviewerEvents = ['route', 'reject', 'extend', 'decide'] as const;

/**
 * `--objection-step <id> --event route|reject|extend|decide [--outcome maintain|delete|mask] [--reason …]
 * --reviewer <username>`. The CLI decides every record alike; 更正 (with its corrected fields) goes over HTTP.
 */
export function objectionStepCli(db: Db, args: WorkflowStepArgs): string {
  const event = reviewerEvents.find((candidate) => candidate === args.event);
  if (event === undefined) throw new Error(`--event 应为：${reviewerEvents.join('、')}`);
  const outcome = ObjectionOutcome.exclude(['correct']).optional().safeParse(args.outcome);
  if (!outcome.success)
    throw new Error('--outcome 应为：maintain、delete、mask（更正请通过 HTTP 接口填写更正内容）');
  if (event === 'decide' && outcome.data === undefined)
    throw new Error('作出处理决定须用 --outcome 指明处理结果');
  const reviewer = reviewerUser(db, args.reviewer);
  const row = listObjectionRows(db).find((candidate) => candidate.id === args.id);
  const targets = row === undefined ? [] : objectionFromRow(row).targets;
  const chosen = outcome.data;
  const result = reviewObjection(db, {
    id: args.id,
    event,
    reason: args.reason ?? null,
    decisions:
      event === 'decide' && chosen !== undefined
        ? targets.map((target) => ({
            targetTable: target.targetTable,
            targetId: target.targetId,
            outcome: chosen,
            corrections: [],
          }))
        : [],
    reviewer: reviewer.username,
    now: args.now,
  });
  if (!result.ok) throw new Error(result.message);
  const { objection } = result;
  const decided =
    event === 'decide' && chosen !== undefined ? `，处理结果：${objectionOutcomeLabels[chosen]}` : '';
  return `异议 ${objection.id} 已${OBJECTION_EVENT_LABELS[event]}（状态：${OBJECTION_STATE_LABELS[objection.state]}，第${objection.version}版${decided}）`;
}
