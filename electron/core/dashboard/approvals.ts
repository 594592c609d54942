import type { ApprovalWithoutCheck } from '../../../shared/domain/dashboard';
import { maskIdentifier } from '../../../shared/identifiers';
import type { IdentifierKind } from '../../../shared/domain/subject';
import type { Db } from '../../../node-shared/db/connection';
import { inDistrict, type Scope } from './scope';

// 应查必查 seen from the approvals' side. The client only knows its own checks, so the approvals come from the
// 双公示 data the platform gathers: the approval decisions (行政许可) in the cached credit records, made by this
// window's department (or every department when none is set) in the period. A decision whose subject had no
// check on this client within the look-back window before it (the decision day included) is an approval
// without a check. The matter filter does not apply: a decision record carries no matter code.
// Index: credit_records_by_category_day (migration 12) bounds the decisions; checks_by_subject the look-up.

export type ApprovalScope = Scope & {
  /** Only decisions made by this department (credit_records.source_department); null: every department. */
  department: string | null;
  categories: readonly string[];
  lookBackDays: number;
};

const params = (scope: ApprovalScope) => ({
  from: scope.from,
  to: scope.to,
  department: scope.department,
  districtCode: scope.districtCode,
  categories: JSON.stringify(scope.categories),
  lookBack: `-${scope.lookBackDays} days`,
});

function decisionsWhere(scope: ApprovalScope): string {
  const clauses = [
    'r.category IN (SELECT value FROM json_each(@categories))',
    'r.decision_on >= @from',
    'r.decision_on <= @to',
  ];
  if (scope.department !== null) clauses.push('r.source_department = @department');
  if (scope.districtCode !== null) clauses.push(inDistrict('r.subject_id'));
  return clauses.join(' AND ');
}

const NO_CHECK = `NOT EXISTS (SELECT 1 FROM checks c WHERE c.subject_id = r.subject_id
  AND c.checked_at >= date(r.decision_on, @lookBack) AND c.checked_at < date(r.decision_on, '+1 day'))`;

/** The decisions in scope and how many of them had no check. */
export function approvalCounts(db: Db, scope: ApprovalScope): { decisions: number; withoutCheck: number } {
  return db
    .prepare(
      `SELECT count(*) AS decisions, coalesce(sum(${NO_CHECK}), 0) AS withoutCheck
       FROM credit_records r WHERE ${decisionsWhere(scope)}`,
    )
    .get(params(scope)) as { decisions: number; withoutCheck: number };
}

type Row = {
  id: string;
  subject_id: string;
  name: string;
  identifier: string;
  identifier_kind: IdentifierKind;
  region_code: string;
  title: string;
  decision_number: string | null;
  decision_on: string;
  source_department: string;
  last_checked_at: string | null;
};

/** The approvals without a check, latest decision first; `limit` null: all (the export). */
export function approvalRows(
  db: Db,
  scope: ApprovalScope,
  page: { limit: number | null; offset: number },
): { total: number; items: ApprovalWithoutCheck[] } {
  const where = `${decisionsWhere(scope)} AND ${NO_CHECK}`;
  const bound = params(scope);
  const total = db
    .prepare(`SELECT count(*) FROM credit_records r WHERE ${where}`)
    .pluck()
    .get(bound) as number;
  const rows = db
    .prepare(
      `SELECT r.id, r.subject_id, s.name, s.identifier, s.identifier_kind, s.region_code, r.title,
         r.decision_number, r.decision_on, r.source_department,
         (SELECT max(c.checked_at) FROM checks c WHERE c.subject_id = r.subject_id
           AND c.checked_at < date(r.decision_on, '+1 day')) AS last_checked_at
       FROM credit_records r JOIN subjects s ON s.id = r.subject_id
       WHERE ${where} ORDER BY r.decision_on DESC, r.id LIMIT @limit OFFSET @offset`,
    )
    .all({ ...bound, limit: page.limit ?? -1, offset: page.offset }) as Row[];
  return {
    total,
    items: rows.map((row) => ({
      recordId: row.id,
      subjectId: row.subject_id,
      subjectName: row.name,
      identifierMasked: maskIdentifier(row.identifier, row.identifier_kind),
      regionCode: row.region_code,
      title: row.title,
      decisionNumber: row.decision_number,
      decisionOn: row.decision_on,
      sourceDepartment: row.source_department,
      lastCheckedAt: row.last_checked_at,
    })),
  };
}
