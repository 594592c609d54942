import { writeFileSync } from 'node:fs';
import type { Db } from '../../node-shared/db/connection';
import { commitmentExportCsv } from '../../shared/commitment/publication';
import { isoDate } from '../../shared/domain/catalogue';
import { PublicationStepRequest } from '../../shared/platform-api/commitment-publication';
import { formatBeijing } from '../../shared/time';
import { requiredRuleTable, seedRuleTables } from '../rules/rule-tables';
import { reviewerUser } from '../workflow/workflow-cli';
import { publishedForExport, withdrawnCommitments } from './publication.repo';
import { publicationActionLabels, stepPublication, type PublicationAction } from './publication-step';

// The platform CLI's publication commands (platform/main.ts): each returns what to print, or throws an Error
// whose Chinese message main.ts prints before exiting 1.

/**
 * `--export-commitments <file> [--since YYYY-MM-DD]`: the CSV for 信用中国, in the data standard's order. A
 * platform that never started gets its rule tables from resources/ first, as a start would.
 */
export function exportCommitmentsCli(
  db: Db,
  args: { file: string; since: string | undefined; resourcesDir: string; now: Date },
): string {
  const { file, since } = args;
  const day = isoDate.optional().safeParse(since);
  if (!day.success) throw new Error('--since 应为日期，如 2026-12-01');
  seedRuleTables(db, args.resourcesDir, args.now);
  const commitments = publishedForExport(db, day.data ?? null);
  writeFileSync(file, commitmentExportCsv(commitments, requiredRuleTable(db, 'commitment-publication')));
  const scope = day.data === undefined ? '' : `（${day.data} 起有变动的）`;
  return `已导出 ${commitments.length} 条公示中的信用承诺${scope}到 ${file}`;
}

/** `--withdraw-commitment <id|承诺编码> --reason … --reviewer <username>` (and `--republish-commitment`). */
export function publicationStepCli(
  db: Db,
  args: {
    idOrCode: string;
    action: PublicationAction;
    reason: string | undefined;
    reviewer: string | undefined;
    now: Date;
  },
): string {
  const reviewer = reviewerUser(db, args.reviewer);
  const request = PublicationStepRequest.safeParse({ reason: args.reason ?? '' });
  if (!request.success) throw new Error(`--reason：${request.error.issues[0]?.message ?? '请填写理由'}`);
  const result = stepPublication(db, {
    idOrCode: args.idOrCode,
    action: args.action,
    reason: request.data.reason,
    actor: reviewer.username,
    now: args.now,
  });
  if (!result.ok) throw new Error(result.message);
  return `信用承诺 ${args.idOrCode} 已${publicationActionLabels[args.action]}（${result.published ? '公示中' : '已撤回公示'}）`;
}

/** `--withdrawn-commitments`: the commitments withdrawn from publication now, with who, when and why. */
export function withdrawnCommitmentsCli(db: Db): string {
  const withdrawn = withdrawnCommitments(db);
  if (withdrawn.length === 0) return '没有撤回公示的信用承诺';
  return withdrawn
    .map((event) => `${event.code}  ${formatBeijing(event.at)}  ${event.actor}  ${event.reason}`)
    .join('\n');
}
