import type { RepairApplication, RepairListRequest, RepairSortField } from '../../../shared/domain/repair';
import { orderBy } from '../db/order-by';
import { repairFromRow, repairToRow } from '../../../shared/platform-api/synced/repair-applications';
import { isFinalState, REPAIR_TRANSITIONS, type RepairState } from '../../../shared/repair/state-machine';
import type { Db } from '../../../node-shared/db/connection';
import { prepareUpsert } from '../../../node-shared/db/upsert';

type Row = Record<string, unknown>;

/** States an application can still move out of (the window or the platform has something to do). */
export const OPEN_STATES: readonly RepairState[] = [
  ...new Set(REPAIR_TRANSITIONS.map((rule) => rule.from)),
].filter((state) => !isFinalState(state));

const openList = OPEN_STATES.map((state) => `'${state}'`).join(', ');

export function insertRepair(db: Db, application: RepairApplication): void {
  const row = repairToRow(application);
  const columns = Object.keys(row);
  db.prepare(
    `INSERT INTO repair_applications (${columns.join(', ')})
     VALUES (${columns.map((column) => `@${column}`).join(', ')})`,
  ).run(row);
}

/** Writes a changed application over its row (a local window step, at the version the step gave it). */
export function saveRepair(db: Db, application: RepairApplication): void {
  prepareUpsert(db, 'repair_applications', 'id').run(repairToRow(application));
}

export function getRepair(db: Db, id: string): RepairApplication | null {
  const row = db.prepare('SELECT * FROM repair_applications WHERE id = ?').get(id) as Row | undefined;
  return row === undefined ? null : repairFromRow(row);
}

/**
 * The open application against a target, if any (one at a time per record). One the platform refused to take
 * in (its 'repair.created' rejected) does not count: it will never move on, and the clerk takes in a new one.
 */
export function openRepairFor(db: Db, targetTable: string, targetId: string): string | null {
  const id = db
    .prepare(
      `SELECT id FROM repair_applications r WHERE target_table = ? AND target_id = ? AND state IN (${openList})
         AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.state = 'rejected' AND o.kind = 'repair.created'
           AND json_extract(o.payload, '$.id') = r.id)
       ORDER BY created_at DESC LIMIT 1`,
    )
    .pluck()
    .get(targetTable, targetId) as string | undefined;
  return id ?? null;
}

/**
 * An outbox entry of this application exists (repair.created / repair.stepped) that is pending, or that the
 * platform did not take (a conflict or a rejection: flagged on the item).
 */
const outboxSql = (state: 'pending' | 'refused'): string =>
  `EXISTS (SELECT 1 FROM outbox o
     WHERE o.state IN (${state === 'pending' ? "'pending'" : "'conflict', 'rejected'"}) AND o.kind LIKE 'repair.%'
     AND json_extract(o.payload, '$.id') = r.id)`;

export function hasPendingEntry(db: Db, id: string): boolean {
  return (
    db
      .prepare(`SELECT ${outboxSql('pending')} FROM (SELECT ? AS id) r`)
      .pluck()
      .get(id) === 1
  );
}

export type RepairListRow = { application: RepairApplication; conflict: boolean; pending: boolean };

/** The sortable columns of 信用修复 in SQL (the request names one; its own words never reach the statement). */
const SORT_COLUMNS: Record<RepairSortField, string> = {
  applicantName: 'r.applicant_name',
  targetTitle: 'r.target_title',
  state: 'r.state',
  createdAt: 'r.created_at',
};

/** The clerk's list, newest first unless a sortable column is asked for; `open` keeps to applications not yet decided. */
export function listRepairs(
  db: Db,
  request: Omit<RepairListRequest, 'limit' | 'offset'> & { limit: number; offset: number },
): { total: number; rows: RepairListRow[] } {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  if (request.state !== undefined) {
    clauses.push('r.state = @state');
    params.state = request.state;
  }
  if (request.open === true) clauses.push(`r.state IN (${openList})`);
  if (request.open === false) clauses.push(`r.state NOT IN (${openList})`);
  const query = request.query?.trim() ?? '';
  if (query !== '') {
    clauses.push(
      `(instr(r.applicant_name, @query) > 0 OR instr(r.target_title, @query) > 0
        OR instr(upper(r.applicant_identifier), upper(@query)) > 0 OR r.id = @query)`,
    );
    params.query = query;
  }
  const where = clauses.length === 0 ? '1' : clauses.join(' AND ');
  const total = db
    .prepare(`SELECT count(*) FROM repair_applications r WHERE ${where}`)
    .pluck()
    .get(params) as number;
  const rows = db
    .prepare(
      `SELECT r.*, ${outboxSql('refused')} AS conflict_flag, ${outboxSql('pending')} AS pending_flag
       FROM repair_applications r WHERE ${where}
       ORDER BY ${orderBy(SORT_COLUMNS, request, 'r.created_at DESC, r.id')} LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: request.limit, offset: request.offset }) as (Row & {
    conflict_flag: number;
    pending_flag: number;
  })[];
  return {
    total,
    rows: rows.map(({ conflict_flag, pending_flag, ...row }) => ({
      application: repairFromRow(row),
      conflict: conflict_flag === 1,
      pending: pending_flag === 1,
    })),
  };
}
