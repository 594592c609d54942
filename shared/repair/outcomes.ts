import type { RepairOutcome, RepairTargetTable } from '../domain/repair';

/** What a repair may do to each kind of target: 移出名单 only for list entries, which are removed or deleted. */
export const outcomesFor: Record<RepairTargetTable, readonly RepairOutcome[]> = {
  credit_records: ['stop-publication', 'annotate', 'mask', 'delete'],
  list_entries: ['remove-from-list', 'delete'],
};

/** Whether the outcome makes sense for the target (the window's request, the platform's grant). */
export const outcomeFits = (table: RepairTargetTable, outcome: RepairOutcome): boolean =>
  outcomesFor[table].includes(outcome);
