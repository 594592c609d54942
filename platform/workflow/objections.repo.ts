import type { Db } from '../../node-shared/db/connection';
import type { Objection } from '../../shared/domain/objection';
import type { ObjectionState } from '../../shared/objection/state-machine';
import { objectionToRow } from '../../shared/platform-api/synced/objections';
import { upsertRows } from '../registry/registry.repo';
import type { WorkflowRow } from './workflow.repo';

export const readObjectionRow = (db: Db, id: string): WorkflowRow | null =>
  (db.prepare('SELECT * FROM objections WHERE id = ?').get(id) as WorkflowRow | undefined) ?? null;

/** Objections in the order they were taken in, optionally in one state. */
export const listObjectionRows = (db: Db, state?: ObjectionState): WorkflowRow[] =>
  state === undefined
    ? (db.prepare('SELECT * FROM objections ORDER BY created_at, id').all() as WorkflowRow[])
    : (db
        .prepare('SELECT * FROM objections WHERE state = ? ORDER BY created_at, id')
        .all(state) as WorkflowRow[]);

/** Writes (inserts or updates) an objection; the table's triggers log the change for the feed. */
export const writeObjection = (db: Db, objection: Objection): void => {
  upsertRows(db, 'objections', [objectionToRow(objection)]);
};

/** Whose an objection is: its 受理单位 (name and code). Null when the platform has no such objection. */
export const objectionUnitRow = (db: Db, id: string): { name: string; code: string } | null =>
  (db
    .prepare('SELECT accepting_unit AS name, accepting_unit_code AS code FROM objections WHERE id = ?')
    .get(id) as { name: string; code: string } | undefined) ?? null;
