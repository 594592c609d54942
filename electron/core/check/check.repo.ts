import type { CheckListItem, CheckResult, FeedbackRecord, VerdictCode } from '../../../shared/domain';
import type { Db } from '../db/connection';

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
};

/** Stores a check with its evidence snapshot (the whole CheckResult, as the clerk saw it). */
export function insertCheck(
  db: Db,
  result: CheckResult,
  identifierMasked: string,
  feedbackRequired: number,
  sync: { offline: boolean; cursor: number },
): void {
  db.prepare(
    `INSERT INTO checks (id, checked_at, operator, case_number, matter_code, subject_id, subject_name, identifier,
       identifier_masked, verdict, found, stale, overridden, feedback_required, cache_as_of, evidence, offline,
       sync_cursor)
     VALUES (@id, @checkedAt, @operator, @caseNumber, @matterCode, @subjectId, @subjectName, @identifier,
       @identifierMasked, @verdict, @found, @stale, @overridden, @feedbackRequired, @cacheAsOf, @evidence, @offline,
       @syncCursor)`,
  ).run({
    id: result.checkId,
    checkedAt: result.checkedAt,
    operator: result.operator,
    caseNumber: result.context.caseNumber,
    matterCode: result.context.matter.code,
    subjectId: result.subject?.id ?? null,
    subjectName: result.subject?.name ?? null,
    identifier: result.subject?.identifier ?? result.query.normalized,
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
  });
}

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
  limit: number;
  offset: number;
};

// Feedback counted per hit: a later correction of the same hit does not count twice.
export const FEEDBACK_RECORDED =
  '(SELECT count(DISTINCT hit_key) FROM check_feedback f WHERE f.check_id = c.id)';

export type ListRow = CheckRow & { matter_name: string; recorded: number };

/** What a list row selects besides the check's own columns (used with `FROM checks c`). */
export const LIST_COLUMNS = `json_extract(c.evidence, '$.context.matter.name') AS matter_name, ${FEEDBACK_RECORDED} AS recorded`;

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
  feedbackState: {
    required: row.feedback_required,
    recorded: row.recorded,
    open: row.recorded < row.feedback_required,
  },
});

/**
 * Lists checks, newest first. `from`/`to` are calendar days compared against the stored instant's date part;
 * instants are stored in UTC+8 (Beijing time), so the day is the service hall's day.
 */
export function listChecks(db: Db, filter: CheckFilter): { total: number; items: CheckListItem[] } {
  const where: string[] = [];
  if (filter.from !== undefined) where.push('substr(c.checked_at, 1, 10) >= @from');
  if (filter.to !== undefined) where.push('substr(c.checked_at, 1, 10) <= @to');
  if (filter.matterCode !== undefined) where.push('c.matter_code = @matterCode');
  if (filter.verdict !== undefined) where.push('c.verdict = @verdict');
  if (filter.openFeedback === true) where.push(`${FEEDBACK_RECORDED} < c.feedback_required`);
  if (filter.openFeedback === false) where.push(`${FEEDBACK_RECORDED} >= c.feedback_required`);
  const clause = where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`;
  const params = { ...filter, openFeedback: undefined };
  const total = (db.prepare(`SELECT count(*) AS n FROM checks c ${clause}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT c.*, ${LIST_COLUMNS}
       FROM checks c ${clause} ORDER BY c.checked_at DESC, c.rowid DESC LIMIT @limit OFFSET @offset`,
    )
    .all(params) as ListRow[];
  const items = rows.map(toListItem);
  return { total, items };
}
