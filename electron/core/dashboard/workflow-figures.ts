import { addDays } from '../../../shared/calendar/day';
import type { CommitmentListItem } from '../../../shared/domain/commitment';
import type { RepairListItem } from '../../../shared/domain/repair';
import type { RuleSet } from '../../../shared/rules/rule-tables';
import { conflictSql, dueSql, toItem, type CommitmentListRow } from '../commitments/commitments.repo';
import type { Db } from '../../../node-shared/db/connection';
import { repairCountdown } from '../repairs/countdown';
import { listRepairs } from '../repairs/repairs.repo';
import { subjectIdsInRegion } from '../subjects/subjects.repo';
import { inDistrict, type Scope } from './scope';

// Commitments and repairs are to-dos: counted as they stand today (the period does not apply), with the same
// buckets and countdowns their own pages show. The matter filter applies to commitments (they carry a matter);
// a repair application has none. The district is the subject's, as for every figure.

export type CommitmentBucket = 'due-soon' | 'overdue';

function commitmentWhere(scope: Scope): string {
  const clauses = ["c.state = 'pending'"];
  if (scope.matterCode !== null) clauses.push('c.matter_code = @matterCode');
  if (scope.districtCode !== null) clauses.push(inDistrict('c.subject_id'));
  return clauses.join(' AND ');
}

const commitmentParams = (scope: Scope, dueSoonDays: number) => ({
  matterCode: scope.matterCode,
  districtCode: scope.districtCode,
  today: scope.today,
  soon: addDays(scope.today, dueSoonDays),
});

/** 即将到期 and 已逾期 as the 告知承诺 to-do counts them (commitments.repo.ts dueSql), on commitments_by_verify_by. */
export function commitmentCounts(
  db: Db,
  scope: Scope,
  dueSoonDays: number,
): Record<CommitmentBucket, number> {
  const row = db
    .prepare(
      `SELECT coalesce(sum(${dueSql['due-soon']}), 0) AS dueSoon, coalesce(sum(${dueSql.overdue}), 0) AS overdue
       FROM commitments c WHERE ${commitmentWhere(scope)}`,
    )
    .get(commitmentParams(scope, dueSoonDays)) as { dueSoon: number; overdue: number };
  return { 'due-soon': row.dueSoon, overdue: row.overdue };
}

/** The commitments of a bucket, earliest deadline first, as the 告知承诺 list shows them. */
export function commitmentRows(
  db: Db,
  scope: Scope,
  bucket: CommitmentBucket,
  dueSoonDays: number,
  page: { limit: number | null; offset: number },
): { total: number; items: CommitmentListItem[] } {
  const where = `${commitmentWhere(scope)} AND ${dueSql[bucket]}`;
  const bound = commitmentParams(scope, dueSoonDays);
  const total = db.prepare(`SELECT count(*) FROM commitments c WHERE ${where}`).pluck().get(bound) as number;
  const rows = db
    .prepare(
      `SELECT c.*, m.name AS matter_name, ${conflictSql} AS conflict
       FROM commitments c LEFT JOIN matters m ON m.code = c.matter_code
       WHERE ${where} ORDER BY c.verify_by, c.code LIMIT @limit OFFSET @offset`,
    )
    .all({ ...bound, limit: page.limit ?? -1, offset: page.offset }) as CommitmentListRow[];
  return { total, items: rows.map((row) => toItem(row, scope.today, dueSoonDays)) };
}

// Open applications are the window's few current cases (not the registry): all of them are read through
// repair_applications_by_state and each countdown is computed as the 信用修复 page computes it (working days
// from the holiday calendar), which SQL cannot do.
const OPEN_LIMIT = 100_000;

/** Open applications whose step is overdue or has `threshold` working days or fewer left, most urgent first. */
export function repairsAtRisk(
  db: Db,
  scope: Scope,
  rules: Pick<RuleSet, 'calendar' | 'repairRegimes'>,
  threshold: number,
): RepairListItem[] {
  const { rows } = listRepairs(db, { open: true, limit: OPEN_LIMIT, offset: 0 });
  // The district filter keeps applications whose subject the cached registry places there.
  const inDistrictIds =
    scope.districtCode === null
      ? null
      : subjectIdsInRegion(
          db,
          rows.map(({ application }) => application.subjectId),
          scope.districtCode,
        );
  return rows
    .filter(({ application }) => inDistrictIds === null || inDistrictIds.has(application.subjectId))
    .map(({ application, conflict, pending }) => ({
      item: {
        id: application.id,
        applicantName: application.applicantName,
        targetTitle: application.targetTitle,
        state: application.state,
        createdAt: application.createdAt,
        countdown: repairCountdown(rules, application, scope.today),
        outcome: application.outcome,
        attachments: application.attachments.length,
        conflict,
        pending,
      },
    }))
    .filter(
      ({ item }) =>
        item.countdown !== null && (item.countdown.overdue || item.countdown.workingDaysLeft <= threshold),
    )
    .map(({ item }) => item)
    .sort((a, b) => (a.countdown?.deadline ?? '').localeCompare(b.countdown?.deadline ?? ''));
}
