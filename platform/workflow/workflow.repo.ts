import type { Db } from '../../node-shared/db/connection';
import type { Commitment } from '../../shared/domain/commitment';
import type { RepairApplication, RepairTargetTable } from '../../shared/domain/repair';
import type { RepairState } from '../../shared/repair/state-machine';
import { commitmentToRow } from '../../shared/platform-api/synced/commitments';
import { repairToRow } from '../../shared/platform-api/synced/repair-applications';
import { upsertRows, type FeedRow } from '../registry/registry.repo';

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

/** Whether the registry holds a subject with this id. */
export const subjectExists = (db: Db, id: string): boolean =>
  db.prepare('SELECT 1 FROM subjects WHERE id = ?').get(id) !== undefined;

/** The id of the registry subject with this identifier (USCC / citizen ID), or null. */
export const subjectIdByIdentifier = (db: Db, identifier: string): string | null =>
  (db.prepare('SELECT id FROM subjects WHERE identifier = ?').get(identifier) as { id: string } | undefined)
    ?.id ?? null;

/** Deletes a repair target (a tombstone for the feed); false when it was already gone. */
export const deleteTargetRow = (db: Db, table: RepairTargetTable, id: string): boolean =>
  db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(id).changes === 1;

/** A list entry taken off its list on `day`; false when it is gone. */
export const removeListEntry = (db: Db, id: string, day: string): boolean =>
  db.prepare("UPDATE list_entries SET status = 'removed', removed_on = ? WHERE id = ?").run(day, id)
    .changes === 1;

/** A credit record kept with a repair outcome (its new status, the outcome, the day); false when it is gone. */
export const markRecordRepaired = (
  db: Db,
  id: string,
  repair: { status: string | undefined; outcome: string; day: string },
): boolean =>
  db
    .prepare('UPDATE credit_records SET status = ?, repair_outcome = ?, repaired_on = ? WHERE id = ?')
    .run(repair.status, repair.outcome, repair.day, id).changes === 1;

/** A repaired credit record published again until `publicationEndsOn`, its repair cleared (unless it already is). */
export const republishRecord = (db: Db, id: string, publicationEndsOn: string | null): void => {
  db.prepare(
    `UPDATE credit_records SET status = 'published', publication_ends_on = ?, repair_outcome = NULL,
       repaired_on = NULL
     WHERE id = ? AND (status <> 'published' OR repair_outcome IS NOT NULL)`,
  ).run(publicationEndsOn, id);
};

/** A removed list entry listed again, unless its term ended before `day`. */
export const relistEntry = (db: Db, id: string, day: string): void => {
  db.prepare(
    `UPDATE list_entries SET status = 'active', removed_on = NULL
     WHERE id = ? AND status = 'removed' AND (expires_on IS NULL OR expires_on >= ?)`,
  ).run(id, day);
};

/**
 * Whether a row sent as a creation is the one already stored: equal in every column but those the workflow
 * changes later (state, verification, version …), so a creation resent after the item moved on is still itself.
 */
export function sameCreation(stored: WorkflowRow, sent: WorkflowRow, mutable: ReadonlySet<string>): boolean {
  return Object.keys(sent).every((column) => mutable.has(column) || stored[column] === sent[column]);
}
