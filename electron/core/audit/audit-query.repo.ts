import type { AuditFilters, AuditSortField } from '../../../shared/domain/audit';
import type { SortDirection } from '../../../shared/domain/list-sort';
import type { Db } from '../../../node-shared/db/connection';
import { orderBy } from '../db/order-by';
import { AUDIT_ROW_COLUMNS, type HashedAuditRowText } from './audit.repo';

/** `%text%` for LIKE, with the wildcards a user typed taken literally (ESCAPE '\'). */
const contains = (text: string): string => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/**
 * The WHERE clause of the supervisor's filters and its parameters. Days compare against the stored instant's
 * date part, which is the service hall's day (instants are stored in UTC+8). Actor and action are exact (they are
 * picked from the values in the log); case number and text are parts (a clerk's case numbers are long).
 */
function whereOf(filters: AuditFilters): { clause: string; params: Record<string, string> } {
  const where: string[] = [];
  const params: Record<string, string> = {};
  const add = (condition: string, name: string, value: string | undefined) => {
    if (value === undefined || value === '') return;
    where.push(condition);
    params[name] = value;
  };
  add('substr(at, 1, 10) >= @from', 'from', filters.from);
  add('substr(at, 1, 10) <= @to', 'to', filters.to);
  add('actor = @actor', 'actor', filters.actor);
  add('action = @action', 'action', filters.action);
  if (filters.caseNumber !== undefined && filters.caseNumber !== '')
    add(`case_number LIKE @caseNumber ESCAPE '\\'`, 'caseNumber', contains(filters.caseNumber));
  if (filters.text !== undefined && filters.text !== '')
    add(
      `(ifnull(target_id, '') || char(10) || ifnull(purpose, '') || char(10) || detail || char(10) || actor)
         LIKE @text ESCAPE '\\'`,
      'text',
      contains(filters.text),
    );
  return { clause: where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`, params };
}

/** The sortable columns of 审计日志 in SQL (the request names one; its own words never reach the statement). */
const SORT_COLUMNS: Record<AuditSortField, string> = {
  seq: 'seq',
  at: 'at',
  actor: 'actor',
  action: 'action',
  caseNumber: 'case_number',
};

/**
 * One page of matching entries, newest first (seq is the order they were written in) unless a sortable column is
 * asked for, and how many match.
 */
export function listAuditRows(
  db: Db,
  filters: AuditFilters,
  page: { limit: number; offset: number },
  sort: { sortBy?: AuditSortField | undefined; sortDirection?: SortDirection | undefined } = {},
): { total: number; rows: HashedAuditRowText[] } {
  const { clause, params } = whereOf(filters);
  const order = orderBy(SORT_COLUMNS, sort, 'seq DESC');
  const total = db.prepare(`SELECT count(*) FROM audit_log ${clause}`).pluck().get(params) as number;
  const rows = db
    .prepare(
      `SELECT ${AUDIT_ROW_COLUMNS}, hash FROM audit_log ${clause} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, ...page }) as HashedAuditRowText[];
  return { total, rows };
}

/**
 * Every matching entry, oldest first, streamed (an export of a year's log is not held twice in memory): in seq
 * order a reader can re-walk the chain over an unfiltered export.
 */
export const iterateMatchingAuditRows = (
  db: Db,
  filters: AuditFilters,
): IterableIterator<HashedAuditRowText> => {
  const { clause, params } = whereOf(filters);
  return db
    .prepare(`SELECT ${AUDIT_ROW_COLUMNS}, hash FROM audit_log ${clause} ORDER BY seq`)
    .iterate(params) as IterableIterator<HashedAuditRowText>;
};

/** The distinct actors and actions in the log, for the filter bar's choices. */
export function auditFacets(db: Db): { actors: string[]; actions: string[] } {
  const actors = db.prepare('SELECT DISTINCT actor FROM audit_log ORDER BY actor').pluck().all() as string[];
  const actions = db
    .prepare('SELECT DISTINCT action FROM audit_log ORDER BY action')
    .pluck()
    .all() as string[];
  return { actors, actions };
}
