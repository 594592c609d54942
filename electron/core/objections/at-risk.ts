import type { ObjectionListItem } from '../../../shared/domain/objection';
import type { RuleSet } from '../../../shared/rules/rule-tables';
import type { Db } from '../../../node-shared/db/connection';
import { listItemOf } from './objection-view';
import { listObjections } from './objections.repo';

/**
 * The open objections due within the warning window of objection-policy.json or overdue, most urgent first:
 * the dashboard's list and objections:list with atRisk.
 */
export function objectionsAtRisk(
  db: Db,
  rules: RuleSet,
  today: string,
  filter: { subjectId?: string | undefined; query?: string | undefined } = {},
): ObjectionListItem[] {
  return listObjections(db, { ...filter, open: true, page: null })
    .rows.map((row) => listItemOf(row, rules, today))
    .filter((item) => item.countdown?.atRisk === true)
    .sort((a, b) => (a.countdown?.workingDaysLeft ?? 0) - (b.countdown?.workingDaysLeft ?? 0));
}
