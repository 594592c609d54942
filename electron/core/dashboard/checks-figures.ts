import type { CheckListItem } from '../../../shared/domain/check';
import type { DashboardFigure } from '../../../shared/domain/dashboard';
import {
  CURRENT_CHECK,
  FEEDBACK_RECORDED,
  LIST_COLUMNS,
  toListItem,
  type ListRow,
} from '../check/check.repo';
import type { Db } from '../../../node-shared/db/connection';
import { inDistrict, type Scope } from './scope';
import { FEEDBACK_UNDELIVERED, withDeliveries } from '../feedback-deliveries/deliveries.repo';

// The check figures, over checks (alias c). The period is compared on the stored Beijing instant against whole
// days (`checked_at >= from AND checked_at < to + 1`), so the checks_by_time index bounds every query; the
// matter filter uses checks_by_matter. The district is the checked subject's, from the cached registry. Each
// approval counts once: a check a later re-check of the same approval superseded is left out (CURRENT_CHECK).

/** Open feedback as 核查记录 decides it (feedback.ts, check.repo.ts): fewer hits answered than required. */
const OPEN_FEEDBACK = `(c.feedback_required > 0 AND ${FEEDBACK_RECORDED} < c.feedback_required)`;

export type CheckFigure = Extract<
  DashboardFigure,
  'checks' | 'punishment-hits' | 'incentive-hits' | 'open-feedback' | 'undelivered-feedback'
>;

/** Each check figure as a condition on a check in scope; the hits follow the verdicts 核查记录 filters by. */
const figureSql: Record<CheckFigure, string> = {
  checks: '1',
  'punishment-hits': "c.verdict = 'punishment'",
  'incentive-hits': "c.verdict = 'incentive'",
  'open-feedback': OPEN_FEEDBACK,
  'undelivered-feedback': FEEDBACK_UNDELIVERED,
};

function scopeWhere(scope: Scope): string {
  const clauses = ['c.checked_at >= @from', 'c.checked_at < @toNext', CURRENT_CHECK];
  if (scope.matterCode !== null) clauses.push('c.matter_code = @matterCode');
  if (scope.districtCode !== null) clauses.push(inDistrict('c.subject_id'));
  return clauses.join(' AND ');
}

export function checkCounts(db: Db, scope: Scope): Record<CheckFigure, number> {
  const row = db
    .prepare(
      `SELECT count(*) AS checks,
         coalesce(sum(${figureSql['punishment-hits']}), 0) AS punishment,
         coalesce(sum(${figureSql['incentive-hits']}), 0) AS incentive,
         coalesce(sum(CASE WHEN c.feedback_required > 0 THEN ${OPEN_FEEDBACK} ELSE 0 END), 0) AS open,
         coalesce(sum(${FEEDBACK_UNDELIVERED}), 0) AS undelivered
       FROM checks c WHERE ${scopeWhere(scope)}`,
    )
    .get(scope) as {
    checks: number;
    punishment: number;
    incentive: number;
    open: number;
    undelivered: number;
  };
  return {
    checks: row.checks,
    'punishment-hits': row.punishment,
    'incentive-hits': row.incentive,
    'open-feedback': row.open,
    'undelivered-feedback': row.undelivered,
  };
}

/** Checks per day of the period, every day listed (zero days too). */
export function checksPerDay(
  db: Db,
  scope: Scope,
  days: readonly string[],
): { day: string; checks: number }[] {
  const rows = db
    .prepare(
      `SELECT substr(c.checked_at, 1, 10) AS day, count(*) AS checks
       FROM checks c WHERE ${scopeWhere(scope)} GROUP BY day`,
    )
    .all(scope) as { day: string; checks: number }[];
  const byDay = new Map(rows.map((row) => [row.day, row.checks]));
  return days.map((day) => ({ day, checks: byDay.get(day) ?? 0 }));
}

/** Checks per matter, most checked first; a matter the catalogue no longer knows keeps its bare code. */
export function checksPerMatter(
  db: Db,
  scope: Scope,
): { matterCode: string; matterName: string; checks: number }[] {
  return db
    .prepare(
      `SELECT c.matter_code AS matterCode, coalesce(m.name, c.matter_code) AS matterName, count(*) AS checks
       FROM checks c LEFT JOIN matters m ON m.code = c.matter_code
       WHERE ${scopeWhere(scope)} GROUP BY c.matter_code ORDER BY checks DESC, c.matter_code`,
    )
    .all(scope) as { matterCode: string; matterName: string; checks: number }[];
}

/** The checks behind a figure, newest first, as 核查记录 lists them; `limit` null: all (the export). */
export function checkRows(
  db: Db,
  scope: Scope,
  figure: CheckFigure,
  page: { limit: number | null; offset: number },
): { total: number; items: CheckListItem[] } {
  const where = `${scopeWhere(scope)} AND ${figureSql[figure]}`;
  const total = db.prepare(`SELECT count(*) FROM checks c WHERE ${where}`).pluck().get(scope) as number;
  const rows = db
    .prepare(
      `SELECT c.*, ${LIST_COLUMNS} FROM checks c WHERE ${where}
       ORDER BY c.checked_at DESC, c.rowid DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ ...scope, limit: page.limit ?? -1, offset: page.offset }) as ListRow[];
  return withDeliveries(db, { total, items: rows.map(toListItem) });
}
