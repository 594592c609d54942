import type {
  CheckListItem,
  CheckResult,
  CheckSortField,
  FeedbackRecord,
  VerdictCode,
} from '../../../shared/domain';
import type { SortDirection } from '../../../shared/domain/list-sort';
import type { Db } from '../../../node-shared/db/connection';
import { statement } from '../../../node-shared/db/statements';
import { orderBy } from '../db/order-by';

export type CheckRow = {
  id: string;
  checked_at: string;
  operator: string;
  case_number: string;
  matter_code: string;
  subject_id: string | null;
  subject_name: string | null;
  identifier: string;
  identifier_masked: string;
  verdict: VerdictCode;
  found: number;
  stale: number;
  overridden: number;
  feedback_required: number;
  cache_as_of: string | null;
  evidence: string;
  /** 1 when the platform was not reachable at check time. */
  offline: number;
  recheck_of: string | null;
  feedback_carried: number;
  external_query_required: number;
};

/** The identifier an approval is known by: the subject's, or what was typed when the cache did not know it. */
export const approvalIdentifier = (result: Pick<CheckResult, 'subject' | 'query'>): string =>
  result.subject?.identifier ?? result.query.normalized;

/** Stores a check with its evidence snapshot (the whole CheckResult, as the clerk saw it). */
export function insertCheck(
  db: Db,
  result: CheckResult,
  identifierMasked: string,
  feedbackRequired: number,
  sync: { offline: boolean; cursor: number },
): void {
  statement(
    db,
    `INSERT INTO checks (id, checked_at, operator, case_number, matter_code, subject_id, subject_name, identifier,
       identifier_masked, verdict, found, stale, overridden, feedback_required, cache_as_of, evidence, offline,
       sync_cursor, recheck_of, feedback_carried, external_query_required)
     VALUES (@id, @checkedAt, @operator, @caseNumber, @matterCode, @subjectId, @subjectName, @identifier,
       @identifierMasked, @verdict, @found, @stale, @overridden, @feedbackRequired, @cacheAsOf, @evidence, @offline,
       @syncCursor, @recheckOf, @feedbackCarried, @externalQueryRequired)`,
  ).run({
    id: result.checkId,
    checkedAt: result.checkedAt,
    operator: result.operator,
    caseNumber: result.context.caseNumber,
    matterCode: result.context.matter.code,
    subjectId: result.subject?.id ?? null,
    subjectName: result.subject?.name ?? null,
    identifier: approvalIdentifier(result),
    identifierMasked,
    verdict: result.verdict.code,
    found: result.found ? 1 : 0,
    stale: result.freshness.stale ? 1 : 0,
    overridden: result.query.overrideReason === null ? 0 : 1,
    feedbackRequired,
    cacheAsOf: result.freshness.cacheAsOf,
    evidence: JSON.stringify(result),
    offline: sync.offline ? 1 : 0,
    syncCursor: sync.cursor,
    recheckOf: result.recheckOf?.checkId ?? null,
    feedbackCarried: result.recheckOf?.carriedHitKeys.length ?? 0,
    externalQueryRequired: result.externalQuery?.required === true ? 1 : 0,
  });
}

/** A check nothing supersedes: the current one of its approval (SQL over `checks c`). */
export const CURRENT_CHECK = 'NOT EXISTS (SELECT 1 FROM checks n WHERE n.recheck_of = c.id)';

export type Approval = { caseNumber: string; matterCode: string; identifier: string };

/** The current check of an approval (same 办件编号, 事项 and applicant), if it was checked before. */
export function currentCheckOf(db: Db, approval: Approval): { id: string; checkedAt: string } | null {
  const row = statement(
    db,
    `SELECT c.id, c.checked_at AS checkedAt FROM checks c
       WHERE c.case_number = @caseNumber AND c.matter_code = @matterCode AND c.identifier = @identifier
         AND ${CURRENT_CHECK}
       ORDER BY c.rowid DESC LIMIT 1`,
  ).get(approval) as { id: string; checkedAt: string } | undefined;
  return row ?? null;
}

/** Hit keys answered by feedback on any check of the approval (carried over to a re-check). */
export function answeredHitKeys(db: Db, approval: Approval): Set<string> {
  const keys = db
    .prepare(
      `SELECT DISTINCT f.hit_key FROM check_feedback f JOIN checks c ON c.id = f.check_id
       WHERE c.case_number = @caseNumber AND c.matter_code = @matterCode AND c.identifier = @identifier`,
    )
    .pluck()
    .all(approval) as string[];
  return new Set(keys);
}

/** The check that re-examined this one, if any. */
export const supersedingCheck = (db: Db, checkId: string): string | null =>
  (db.prepare('SELECT id FROM checks WHERE recheck_of = ?').pluck().get(checkId) as string | undefined) ??
  null;

export function getCheckRow(db: Db, id: string): CheckRow | null {
  return (db.prepare('SELECT * FROM checks WHERE id = ?').get(id) as CheckRow | undefined) ?? null;
}

type FeedbackRow = {
  id: string;
  check_id: string;
  hit_key: string;
  action: FeedbackRecord['action'];
  measure_codes: string;
  reason: string | null;
  result: string;
  amount: number | null;
  legal_basis: string;
  department: string;
  district_code: string;
  acted_at: string;
  recorded_at: string;
  operator: string;
};

export function insertFeedback(db: Db, record: FeedbackRecord): void {
  db.prepare(
    `INSERT INTO check_feedback (id, check_id, hit_key, action, measure_codes, reason, result, amount, legal_basis,
       department, district_code, acted_at, recorded_at, operator)
     VALUES (@id, @checkId, @hitKey, @action, @measureCodes, @reason, @result, @amount, @legalBasis, @department,
       @districtCode, @actedAt, @recordedAt, @operator)`,
  ).run({ ...record, measureCodes: JSON.stringify(record.measureCodes) });
}

export function feedbackOf(db: Db, checkId: string): FeedbackRecord[] {
  const rows = db
    .prepare('SELECT * FROM check_feedback WHERE check_id = ? ORDER BY recorded_at, rowid')
    .all(checkId) as FeedbackRow[];
  return rows.map((row) => ({
    id: row.id,
    checkId: row.check_id,
    hitKey: row.hit_key,
    action: row.action,
    measureCodes: JSON.parse(row.measure_codes) as string[],
    reason: row.reason,
    result: row.result,
    amount: row.amount,
    legalBasis: row.legal_basis,
    department: row.department,
    districtCode: row.district_code,
    actedAt: row.acted_at,
    recordedAt: row.recorded_at,
    operator: row.operator,
  }));
}

export type CheckFilter = {
  from?: string | undefined;
  to?: string | undefined;
  matterCode?: string | undefined;
  verdict?: VerdictCode | undefined;
  openFeedback?: boolean | undefined;
  sortBy?: CheckSortField | undefined;
  sortDirection?: SortDirection | undefined;
  limit: number;
  offset: number;
};

/** The sortable columns of 核查记录 in SQL (the request names one; its own words never reach the statement). */
const SORT_COLUMNS: Record<CheckSortField, string> = {
  checkedAt: 'c.checked_at',
  caseNumber: 'c.case_number',
  matterName: 'matter_name',
  subjectName: 'c.subject_name',
  verdict: 'c.verdict',
};

// Feedback counted per hit: a later correction of the same hit does not count twice. A re-check counts the
// hits answered on earlier checks of its approval (feedback_carried); those are not answered again (feedback.ts).
export const FEEDBACK_RECORDED =
  '(c.feedback_carried + (SELECT count(DISTINCT hit_key) FROM check_feedback f WHERE f.check_id = c.id))';

/** An external query is required and none is attached yet. */
export const EXTERNAL_QUERY_OPEN =
  '(c.external_query_required = 1 AND NOT EXISTS (SELECT 1 FROM check_external_queries q WHERE q.check_id = c.id))';

export type ListRow = CheckRow & {
  matter_name: string;
  recorded: number;
  superseded: number;
  external_query_open: number;
};

/** What a list row selects besides the check's own columns (used with `FROM checks c`). */
export const LIST_COLUMNS = `json_extract(c.evidence, '$.context.matter.name') AS matter_name,
  ${FEEDBACK_RECORDED} AS recorded, NOT ${CURRENT_CHECK} AS superseded, ${EXTERNAL_QUERY_OPEN} AS external_query_open`;

export const toListItem = (row: ListRow): CheckListItem => ({
  checkId: row.id,
  checkedAt: row.checked_at,
  caseNumber: row.case_number,
  matterCode: row.matter_code,
  matterName: row.matter_name,
  subjectName: row.subject_name,
  identifierMasked: row.identifier_masked,
  verdict: row.verdict,
  found: row.found === 1,
  stale: row.stale === 1,
  overridden: row.overridden === 1,
  // A superseded check's duties moved to the re-check: it is never open itself.
  feedbackState: {
    required: row.feedback_required,
    recorded: row.recorded,
    open: row.superseded === 0 && row.recorded < row.feedback_required,
  },
  externalQueryOpen: row.superseded === 0 && row.external_query_open === 1,
  recheck: row.recheck_of !== null,
  superseded: row.superseded === 1,
});

/**
 * Lists checks, newest first unless a sortable column is asked for. `from`/`to` are calendar days compared against the stored instant's date part;
 * instants are stored in UTC+8 (Beijing time), so the day is the service hall's day.
 */
export function listChecks(db: Db, filter: CheckFilter): { total: number; items: CheckListItem[] } {
  const where: string[] = [];
  if (filter.from !== undefined) where.push('substr(c.checked_at, 1, 10) >= @from');
  if (filter.to !== undefined) where.push('substr(c.checked_at, 1, 10) <= @to');
  if (filter.matterCode !== undefined) where.push('c.matter_code = @matterCode');
  if (filter.verdict !== undefined) where.push('c.verdict = @verdict');
  if (filter.openFeedback === true)
    where.push(`${FEEDBACK_RECORDED} < c.feedback_required AND ${CURRENT_CHECK}`);
  if (filter.openFeedback === false)
    where.push(`(${FEEDBACK_RECORDED} >= c.feedback_required OR NOT ${CURRENT_CHECK})`);
  const clause = where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`;
  const { sortBy, sortDirection, ...rest } = filter;
  const params = { ...rest, openFeedback: undefined };
  const order = orderBy(SORT_COLUMNS, { sortBy, sortDirection }, 'c.checked_at DESC, c.rowid DESC');
  const total = (db.prepare(`SELECT count(*) AS n FROM checks c ${clause}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT c.*, ${LIST_COLUMNS}
       FROM checks c ${clause} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
    )
    .all(params) as ListRow[];
  const items = rows.map(toListItem);
  return { total, items };
}
