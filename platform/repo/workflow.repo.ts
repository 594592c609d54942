import type { Db } from '../../electron/core/db/connection';
import type { Commitment } from '../../shared/domain/commitment';
import type { RepairApplication, RepairTargetTable } from '../../shared/domain/repair';
import type { RepairState } from '../../shared/repair/state-machine';
import { commitmentToRow, repairToRow } from '../../shared/platform-api/workflow';
import { upsertRows, type FeedRow } from './registry.repo';

/** Rows of the workflow tables as stored (snake_case; JSON columns as text); shared/platform-api/workflow.ts maps them. */
export type WorkflowRow = Record<string, unknown>;

export const readCommitmentRow = (db: Db, id: string): WorkflowRow | null =>
  (db.prepare('SELECT * FROM commitments WHERE id = ?').get(id) as WorkflowRow | undefined) ?? null;

export const commitmentIdByCode = (db: Db, code: string): string | null =>
  (db.prepare('SELECT id FROM commitments WHERE code = ?').get(code) as { id: string } | undefined)?.id ??
  null;

export const readRepairRow = (db: Db, id: string): WorkflowRow | null =>
  (db.prepare('SELECT * FROM repair_applications WHERE id = ?').get(id) as WorkflowRow | undefined) ?? null;

/** Applications in the order they were made, optionally in one state. */
export const listRepairRows = (db: Db, state?: RepairState): WorkflowRow[] =>
  state === undefined
    ? (db.prepare('SELECT * FROM repair_applications ORDER BY created_at, id').all() as WorkflowRow[])
    : (db
        .prepare('SELECT * FROM repair_applications WHERE state = ? ORDER BY created_at, id')
        .all(state) as WorkflowRow[]);

/** Writes (inserts or updates) a commitment; the table's triggers log the change for the feed. */
export const writeCommitment = (db: Db, commitment: Commitment): void => {
  upsertRows(db, 'commitments', [commitmentToRow(commitment)]);
};

export const writeRepair = (db: Db, application: RepairApplication): void => {
  upsertRows(db, 'repair_applications', [repairToRow(application)]);
};

/** The current row of a repair target (a credit record or a list entry), or null when it is gone. */
export const readTargetRow = (db: Db, table: RepairTargetTable, id: string): FeedRow | null =>
  (db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as FeedRow | undefined) ?? null;

/**
 * Whether a row sent as a creation is the one already stored: equal in every column but those the workflow
 * changes later (state, verification, version …), so a creation resent after the item moved on is still itself.
 */
export function sameCreation(stored: WorkflowRow, sent: WorkflowRow, mutable: ReadonlySet<string>): boolean {
  return Object.keys(sent).every((column) => mutable.has(column) || stored[column] === sent[column]);
}
