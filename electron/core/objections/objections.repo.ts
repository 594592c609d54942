import type { Objection, ObjectionListRequest, ObjectionSortField } from '../../../shared/domain/objection';
import { objectionFromRow, objectionToRow } from '../../../shared/platform-api/synced/objections';
import type { Db } from '../../../node-shared/db/connection';
import { statement } from '../../../node-shared/db/statements';
import { prepareUpsert } from '../../../node-shared/db/upsert';
import { orderBy } from '../db/order-by';

type Row = Record<string, unknown>;

/** States an objection is still open in: its records carry the 异议处理中 mark (shared/objection). */
const OPEN = "('submitted', 'routed')";

/** An objection the platform refused to take in (its 'objection.created' rejected) never moves on: not open. */
const NOT_REFUSED = `NOT EXISTS (SELECT 1 FROM outbox x WHERE x.state = 'rejected' AND x.kind = 'objection.created'
  AND json_extract(x.payload, '$.id') = o.id)`;

export function insertObjection(db: Db, objection: Objection): void {
  const row = objectionToRow(objection);
  const columns = Object.keys(row);
  db.prepare(
    `INSERT INTO objections (${columns.join(', ')}) VALUES (${columns.map((column) => `@${column}`).join(', ')})`,
  ).run(row);
}

/** Writes a changed objection over its row (a local window step, at the version the step gave it). */
export function saveObjection(db: Db, objection: Objection): void {
  prepareUpsert(db, 'objections', 'id').run(objectionToRow(objection));
}

export function getObjection(db: Db, id: string): Objection | null {
  const row = db.prepare('SELECT * FROM objections WHERE id = ?').get(id) as Row | undefined;
  return row === undefined ? null : objectionFromRow(row);
}

/** An open objection against a record: which one, since when, and who took it in. */
export type OpenObjection = {
  objectionId: string;
  since: string;
  unit: string;
  targetTable: string;
  targetId: string;
};

/** The key of a record objected to in the maps below. */
export const targetKey = (table: string, id: string): string => `${table}:${id}`;

/** The open objections against a subject's records and list entries, by targetKey. */
export function openObjectionsOf(db: Db, subjectId: string): Map<string, OpenObjection> {
  const rows = statement(
    db,
    `SELECT o.id, o.created_at AS createdAt, o.accepting_unit AS unit,
         json_extract(t.value, '$.targetTable') AS targetTable, json_extract(t.value, '$.targetId') AS targetId
       FROM objections o, json_each(o.targets) t
       WHERE o.subject_id = ? AND o.state IN ${OPEN} AND ${NOT_REFUSED}
       ORDER BY o.created_at`,
  ).all(subjectId) as {
    id: string;
    createdAt: string;
    unit: string;
    targetTable: string;
    targetId: string;
  }[];
  const open = new Map<string, OpenObjection>();
  for (const row of rows)
    if (!open.has(targetKey(row.targetTable, row.targetId)))
      open.set(targetKey(row.targetTable, row.targetId), {
        objectionId: row.id,
        since: row.createdAt.slice(0, 10),
        unit: row.unit,
        targetTable: row.targetTable,
        targetId: row.targetId,
      });
  return open;
}

/** An outbox entry of this objection that is pending, or that the platform did not take. */
const outboxSql = (state: 'pending' | 'refused'): string =>
  `EXISTS (SELECT 1 FROM outbox x
     WHERE x.state IN (${state === 'pending' ? "'pending'" : "'conflict', 'rejected'"}) AND x.kind LIKE 'objection.%'
     AND json_extract(x.payload, '$.id') = o.id)`;

export function hasPendingEntry(db: Db, id: string): boolean {
  return (
    db
      .prepare(`SELECT ${outboxSql('pending')} FROM (SELECT ? AS id) o`)
      .pluck()
      .get(id) === 1
  );
}

export type ObjectionListRow = { objection: Objection; conflict: boolean; pending: boolean };

const SORT_COLUMNS: Record<ObjectionSortField, string> = {
  applicantName: "json_extract(o.applicant, '$.name')",
  subjectName: 'o.subject_name',
  state: 'o.state',
  createdAt: 'o.created_at',
};

type ListFilter = Omit<ObjectionListRequest, 'limit' | 'offset' | 'atRisk'> & {
  /** null: every row (the at-risk filter pages after computing countdowns). */
  page: { limit: number; offset: number } | null;
};

/** The clerk's list, newest first unless a sortable column is asked for. */
export function listObjections(db: Db, request: ListFilter): { total: number; rows: ObjectionListRow[] } {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  if (request.state !== undefined) {
    clauses.push('o.state = @state');
    params.state = request.state;
  }
  if (request.open === true) clauses.push(`o.state IN ${OPEN} AND ${NOT_REFUSED}`);
  if (request.open === false) clauses.push(`o.state NOT IN ${OPEN}`);
  if (request.subjectId !== undefined) {
    clauses.push('o.subject_id = @subjectId');
    params.subjectId = request.subjectId;
  }
  const query = request.query?.trim() ?? '';
  if (query !== '') {
    clauses.push(
      `(instr(o.subject_name, @query) > 0 OR instr(json_extract(o.applicant, '$.name'), @query) > 0
        OR instr(o.targets, @query) > 0 OR o.id = @query)`,
    );
    params.query = query;
  }
  const where = clauses.length === 0 ? '1' : clauses.join(' AND ');
  const total = db.prepare(`SELECT count(*) FROM objections o WHERE ${where}`).pluck().get(params) as number;
  const page = request.page === null ? '' : 'LIMIT @limit OFFSET @offset';
  const rows = db
    .prepare(
      `SELECT o.*, ${outboxSql('refused')} AS conflict_flag, ${outboxSql('pending')} AS pending_flag
       FROM objections o WHERE ${where}
       ORDER BY ${orderBy(SORT_COLUMNS, request, 'o.created_at DESC, o.id')} ${page}`,
    )
    .all({ ...params, ...(request.page ?? {}) }) as (Row & { conflict_flag: number; pending_flag: number })[];
  return {
    total,
    rows: rows.map(({ conflict_flag, pending_flag, ...row }) => ({
      objection: objectionFromRow(row),
      conflict: conflict_flag === 1,
      pending: pending_flag === 1,
    })),
  };
}
