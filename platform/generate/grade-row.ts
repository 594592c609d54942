// Grade results of one generated subject, under the schemes of resources/rules/grade-policy.json: the
// 市场监管 risk class of most enterprises (monthly), a 公共信用综合评价 result for some organisations, and a
// 纳税信用 level for some enterprises. Each from its own draw stream, so subjects, entries and records are the
// same with or without them.
import { syncedColumns } from '../registry/synced-columns';
import {
  dayInMonth,
  publicCreditFields,
  riskClassFields,
  rowDraw,
  streams,
  taxCreditFields,
  weighted,
  type GradeFields,
} from './synthetic';
import { subjectId, subjectTraits } from './subject-row';

// The platform's column order (registry/synced-columns.ts); the value tuples below follow it.
export const GRADE_COLUMNS = syncedColumns.subject_grades;

/** id, subject_id, scheme, grade, evaluator, evaluated_on, valid_until, source */
export type GradeValues = [string, string, string, string, string, string, string | null, string];

// Risk classes as the old single grade column had them for enterprises (A–D, a few not yet classed).
const riskClasses = weighted<string | null>([
  ['A', 20],
  ['B', 52],
  ['C', 16],
  ['D', 6],
  [null, 6],
]);
const publicCredit = weighted([
  ['A', 30],
  ['B', 50],
  ['C', 15],
  ['D', 5],
]);
const taxCredit = weighted([
  ['A', 25],
  ['B', 45],
  ['M', 15],
  ['C', 10],
  ['D', 5],
]);

const LABEL = '合成数据';
const row = (rowId: string, subject: string, fields: GradeFields): GradeValues => [
  rowId,
  subject,
  fields.scheme,
  fields.grade,
  fields.evaluator,
  fields.evaluatedOn,
  fields.validUntil,
  fields.source,
];

/** The grade rows of subject number n (none for natural persons and bodies no scheme grades). */
export function gradeValues(seed: number, n: number): GradeValues[] {
  const traits = subjectTraits(seed, n);
  if (traits.kind === 'natural-person') return [];
  const draw = rowDraw(seed, streams.grade, n);
  const id = subjectId(n);
  const rows: GradeValues[] = [];
  if (traits.subjectClass === '91') {
    const risk = draw.pickWeighted(riskClasses);
    if (risk !== null)
      rows.push(
        row(`g-g-${n}-r`, id, riskClassFields(traits.region, risk, dayInMonth(draw, '2026-10'), LABEL)),
      );
  }
  if (traits.kind === 'legal-person' && draw.chance(0.3)) {
    const grade = draw.pickWeighted(publicCredit);
    rows.push(row(`g-g-${n}-p`, id, publicCreditFields(grade, dayInMonth(draw, '2026-07'), LABEL)));
  }
  if (traits.subjectClass === '91' && draw.chance(0.2)) {
    const grade = draw.pickWeighted(taxCredit);
    rows.push(row(`g-g-${n}-t`, id, taxCreditFields(grade, 2025, dayInMonth(draw, '2026-04'), LABEL)));
  }
  return rows;
}
