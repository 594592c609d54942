import { readFileSync } from 'node:fs';
import type { Db } from '../../node-shared/db/connection';
import { RepairOutcome } from '../../shared/domain/repair';
import { repairOutcomeLabels } from '../../shared/domain/workflow-labels';
import { ruleTableIds, RuleTableId } from '../../shared/platform-api/api';
import { repairFromRow } from '../../shared/platform-api/synced/repair-applications';
import { REPAIR_EVENT_LABELS, REPAIR_STATE_LABELS, RepairState } from '../../shared/repair/state-machine';
import { ruleTableLabels } from '../../shared/rules/rule-tables';
import { findUser } from '../access/users.repo';
import { listRepairRows } from './workflow.repo';
import { setRuleTable } from '../rules/rule-tables';
import { reviewRepair } from './review-step';

// The platform CLI's workflow commands (platform/main.ts). Each returns what to print, or throws an Error whose
// Chinese message main.ts prints before exiting 1.

/** Columns line up in a terminal: a CJK character takes two cells. */
const cells = (text: string): number =>
  [...text].reduce((n, ch) => n + (/[\u2e80-\uffef]/.test(ch) ? 2 : 1), 0);
const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - cells(text)));

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) =>
    Math.max(cells(title), ...rows.map((row) => cells(row[column] ?? ''))),
  );
  return [header, ...rows]
    .map((row) =>
      row
        .map((cell, column) => pad(cell, widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** `--repairs [--state s]`: the applications, oldest first. */
export function listRepairsCli(db: Db, state: string | undefined): string {
  const parsed = RepairState.optional().safeParse(state);
  if (!parsed.success) throw new Error(`--state 应为：${RepairState.options.join('、')}`);
  const applications = listRepairRows(db, parsed.data).map(repairFromRow);
  if (applications.length === 0) return '没有符合条件的信用修复申请';
  return table(
    ['申请编号', '状态', '版本', '申请人', '修复对象', '申请方式', '提交时间'],
    applications.map((application) => [
      application.id,
      REPAIR_STATE_LABELS[application.state],
      String(application.version),
      application.applicantName,
      application.targetTitle,
      repairOutcomeLabels[application.requestedOutcome],
      application.createdAt.slice(0, 16).replace('T', ' '),
    ]),
  );
}

/** A reviewer's step from the command line (`--repair-step`, `--objection-step`), the flags as given. */
export type WorkflowStepArgs = {
  id: string;
  event: string | undefined;
  outcome: string | undefined;
  reason: string | undefined;
  reviewer: string | undefined;
  now: Date;
};

const reviewerEvents = ['start-review', 'grant', 'deny'] as const;

/** `--reviewer <username>`: an active platform user with the supervisor or admin role, or an Error saying why not. */
export function reviewerUser(db: Db, username: string | undefined): { username: string } {
  if (username === undefined) throw new Error('请用 --reviewer 指明审核人员的用户名');
  const reviewer = findUser(db, username);
  if (reviewer === null) throw new Error(`没有用户 ${username}`);
  if (!reviewer.active) throw new Error(`用户 ${username} 已停用`);
  if (reviewer.role !== 'supervisor' && reviewer.role !== 'admin')
    throw new Error(`用户 ${username} 不是审核人员（须为 supervisor 或 admin 角色）`);
  return { username: reviewer.username };
}

/** `--repair-step <id> --event … [--outcome …] [--reason …] --reviewer <username>`. */
export function repairStepCli(db: Db, args: WorkflowStepArgs): string {
  const event = reviewerEvents.find((candidate) => candidate === args.event);
  if (event === undefined) throw new Error(`--event 应为：${reviewerEvents.join('、')}`);
  const outcome = RepairOutcome.optional().safeParse(args.outcome);
  if (!outcome.success) throw new Error(`--outcome 应为：${RepairOutcome.options.join('、')}`);
  const reviewer = reviewerUser(db, args.reviewer);
  const reason = args.reason?.trim() ?? '';
  const result = reviewRepair(db, {
    id: args.id,
    event,
    reason: reason === '' ? null : reason,
    outcome: outcome.data ?? null,
    reviewer: reviewer.username,
    now: args.now,
  });
  if (!result.ok) throw new Error(result.message);
  const { application } = result;
  const decided =
    application.outcome === null ? '' : `，修复方式：${repairOutcomeLabels[application.outcome]}`;
  return `修复申请 ${application.id} 已${REPAIR_EVENT_LABELS[event]}（状态：${REPAIR_STATE_LABELS[application.state]}，第${application.version}版${decided}）`;
}

/** `--set-rule <id> <file.json>`: validates and stores a rule table; clients get it with their next sync. */
export function setRuleCli(db: Db, id: string, file: string | undefined, now: Date): string {
  const table = RuleTableId.safeParse(id);
  if (!table.success) throw new Error(`规则表应为：${ruleTableIds.join('、')}`);
  if (file === undefined) throw new Error('用法：--set-rule <规则表> <文件.json>');
  let content: unknown;
  try {
    content = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`无法读取 ${file}：${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  const outcome = setRuleTable(db, table.data, content, now);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.changed
    ? `${ruleTableLabels[table.data]}已更新为版本 ${outcome.version}，各窗口下次同步时生效`
    : `${ruleTableLabels[table.data]}内容未变（版本 ${outcome.version}）`;
}
