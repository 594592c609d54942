import { addDays } from '../../../shared/calendar/day';
import {
  REPAIR_MATTER_CODE,
  REPAIR_MATTER_NAME,
  type Commitment,
  type CommitmentDue,
  type CommitmentList,
  type CommitmentListItem,
  type CommitmentListRequest,
  type CommitmentSortField,
} from '../../../shared/domain/commitment';
import type { SortDirection } from '../../../shared/domain/list-sort';
import { maskIdentifier, normaliseIdentifier } from '../../../shared/identifiers';
import { commitmentFromRow, commitmentToRow } from '../../../shared/platform-api/synced/commitments';
import type { Db } from '../../../node-shared/db/connection';
import { prepareUpsert } from '../../../node-shared/db/upsert';
import { orderBy } from '../db/order-by';

type Row = Record<string, unknown>;

export function insertCommitment(db: Db, commitment: Commitment): void {
  const row = commitmentToRow(commitment);
  const columns = Object.keys(row);
  db.prepare(
    `INSERT INTO commitments (${columns.join(', ')}) VALUES (${columns.map((column) => `@${column}`).join(', ')})`,
  ).run(row);
}

/** Writes a changed commitment over its row (a local edit, at the version the edit gave it). */
export function saveCommitment(db: Db, commitment: Commitment): void {
  prepareUpsert(db, 'commitments', 'id').run(commitmentToRow(commitment));
}

export function getCommitment(db: Db, id: string): Commitment | null {
  const row = db.prepare('SELECT * FROM commitments WHERE id = ?').get(id) as Row | undefined;
  return row === undefined ? null : commitmentFromRow(row);
}

/**
 * The name shown for a commitment's matter: a 信用修复型 commitment's matter is the repair application itself;
 * otherwise the catalogue's name, or the bare code when the catalogue does not (or no longer) know it.
 */
export const matterNameOf = (code: string, catalogueName: string | null | undefined): string =>
  code === REPAIR_MATTER_CODE ? REPAIR_MATTER_NAME : (catalogueName ?? code);

/** Where a pending verification stands on `today` (YYYY-MM-DD), given the 即将到期 window. */
export function dueOf(
  commitment: Pick<Commitment, 'state' | 'verifyBy'>,
  today: string,
  dueSoonDays: number,
): CommitmentDue {
  if (commitment.state === 'verified') return 'verified';
  if (commitment.verifyBy < today) return 'overdue';
  return commitment.verifyBy <= addDays(today, dueSoonDays) ? 'due-soon' : 'open';
}

/** The due buckets as SQL over commitments (alias c), bound by @today and @soon (today + dueSoonDays). */
export const dueSql: Record<CommitmentDue, string> = {
  open: "c.state = 'pending' AND c.verify_by > @soon",
  'due-soon': "c.state = 'pending' AND c.verify_by >= @today AND c.verify_by <= @soon",
  overdue: "c.state = 'pending' AND c.verify_by < @today",
  verified: "c.state = 'verified'",
};

/** An edit of the commitment the platform did not take (a conflict, or a rejection): flagged on the item. */
export const conflictSql = `EXISTS (SELECT 1 FROM outbox o WHERE o.state IN ('conflict', 'rejected')
  AND o.kind LIKE 'commitment.%' AND json_extract(o.payload, '$.id') = c.id)`;

type Filter = Omit<CommitmentListRequest, 'due' | 'limit' | 'offset' | 'sortBy' | 'sortDirection'>;

/** The sortable columns of 告知承诺 in SQL (the request names one; its own words never reach the statement). */
const SORT_COLUMNS: Record<CommitmentSortField, string> = {
  code: 'c.code',
  committerName: 'c.committer_name',
  type: 'c.type',
  matterName: 'm.name',
  madeOn: 'c.made_on',
  verifyBy: 'c.verify_by',
};
const OWN_ORDER = `c.state = 'verified', CASE WHEN c.state = 'pending' THEN c.verify_by END, c.made_on DESC, c.code DESC`;

function whereOf(filter: Filter): { clauses: string[]; params: Record<string, unknown> } {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.matterCode !== undefined) {
    clauses.push('c.matter_code = @matterCode');
    params.matterCode = filter.matterCode;
  }
  if (filter.type !== undefined) {
    clauses.push('c.type = @type');
    params.type = filter.type;
  }
  if (filter.fulfilment !== undefined) {
    clauses.push('c.fulfilment = @fulfilment');
    params.fulfilment = filter.fulfilment;
  }
  const query = filter.query?.trim() ?? '';
  if (query !== '') {
    clauses.push(
      '(instr(c.committer_name, @query) > 0 OR instr(c.code, @query) > 0 OR instr(c.committer_identifier, @identifier) > 0)',
    );
    params.query = query;
    params.identifier = normaliseIdentifier(query);
  }
  return { clauses, params };
}

export type CommitmentListRow = Row & { matter_name: string | null; conflict: number };

export const toItem = (row: CommitmentListRow, today: string, dueSoonDays: number): CommitmentListItem => {
  const state = row.state as Commitment['state'];
  const verifyBy = String(row.verify_by);
  return {
    id: String(row.id),
    code: String(row.code),
    committerName: String(row.committer_name),
    identifierMasked: maskIdentifier(
      String(row.committer_identifier),
      row.identifier_kind as Commitment['identifierKind'],
    ),
    type: row.type as Commitment['type'],
    matterCode: String(row.matter_code),
    matterName: matterNameOf(String(row.matter_code), row.matter_name),
    madeOn: String(row.made_on),
    verifyBy,
    state,
    due: dueOf({ state, verifyBy }, today, dueSoonDays),
    fulfilment: (row.fulfilment as CommitmentListItem['fulfilment']) ?? null,
    falseCommitment: row.false_commitment === 1,
    conflict: row.conflict === 1,
  };
};

/**
 * The clerk's list: filtered, pending ones first by deadline (the to-do), then verified ones newest first (unless
 * a sortable column is asked for).
 * The counts of the to-do buckets follow the other filters but not the due filter, so every tab shows its size.
 */
export function listCommitments(
  db: Db,
  request: Filter & {
    due?: CommitmentDue;
    sortBy?: CommitmentSortField | undefined;
    sortDirection?: SortDirection | undefined;
    limit: number;
    offset: number;
  },
  today: string,
  dueSoonDays: number,
): CommitmentList {
  const { clauses, params } = whereOf(request);
  const bound = { ...params, today, soon: addDays(today, dueSoonDays) };
  const base = clauses.length === 0 ? '1' : clauses.join(' AND ');
  const where = request.due === undefined ? base : `${base} AND ${dueSql[request.due]}`;
  const total = db.prepare(`SELECT count(*) FROM commitments c WHERE ${where}`).pluck().get(bound) as number;
  const counts = db
    .prepare(
      `SELECT coalesce(sum(${dueSql.open}), 0) AS open, coalesce(sum(${dueSql['due-soon']}), 0) AS dueSoon,
         coalesce(sum(${dueSql.overdue}), 0) AS overdue
       FROM commitments c WHERE ${base}`,
    )
    .get(bound) as CommitmentList['counts'];
  const rows = db
    .prepare(
      `SELECT c.*, m.name AS matter_name, ${conflictSql} AS conflict
       FROM commitments c LEFT JOIN matters m ON m.code = c.matter_code
       WHERE ${where}
       ORDER BY ${orderBy(SORT_COLUMNS, request, OWN_ORDER)}
       LIMIT @limit OFFSET @offset`,
    )
    .all({ ...bound, limit: request.limit, offset: request.offset }) as CommitmentListRow[];
  return { total, counts, items: rows.map((row) => toItem(row, today, dueSoonDays)) };
}
