import type { Db } from '../../node-shared/db/connection';
import type { RepairOutcome, RepairTargetTable } from '../../shared/domain/repair';
import { repairOutcomeLabels, repairTargetLabels } from '../../shared/domain/workflow-labels';
import { outcomeFits, outcomesFor } from '../../shared/repair/outcomes';
import { deleteTargetRow, markRecordRepaired, removeListEntry } from './workflow.repo';

/** A credit record's status after each outcome that keeps it: 标注 leaves it shown, marked 已修复. */
const recordStatus: Partial<Record<RepairOutcome, string>> = {
  'stop-publication': 'unpublished',
  annotate: 'repaired',
  mask: 'unpublished',
};

export type OutcomeResult =
  { ok: true } | { ok: false; code: 'OUTCOME_NOT_APPLICABLE' | 'TARGET_MISSING'; message: string };

/**
 * Applies a granted repair to its target row, in the caller's transaction; the change log carries it to every
 * client. A kept credit record gets the outcome and the day (repair_outcome, repaired_on); a deleted row leaves
 * a tombstone in the feed.
 */
export function applyRepairOutcome(
  db: Db,
  target: { table: RepairTargetTable; id: string },
  outcome: RepairOutcome,
  day: string,
): OutcomeResult {
  if (!outcomeFits(target.table, outcome))
    return {
      ok: false,
      code: 'OUTCOME_NOT_APPLICABLE',
      message: `${repairTargetLabels[target.table]}不能采用“${repairOutcomeLabels[outcome]}”，可选：${outcomesFor[
        target.table
      ]
        .map((entry) => repairOutcomeLabels[entry])
        .join('、')}`,
    };
  const missing: OutcomeResult = {
    ok: false,
    code: 'TARGET_MISSING',
    message: `要修复的${repairTargetLabels[target.table]}在市平台上已不存在，无法准予修复`,
  };
  const found =
    outcome === 'delete'
      ? deleteTargetRow(db, target.table, target.id)
      : target.table === 'list_entries'
        ? removeListEntry(db, target.id, day)
        : markRecordRepaired(db, target.id, { status: recordStatus[outcome], outcome, day });
  return found ? { ok: true } : missing;
}
