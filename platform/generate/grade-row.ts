// Grade results of one generated subject, under the schemes of resources/rules/grade-policy.json: the
// 市场监管 risk class of most enterprises (monthly), a 公共信用综合评价 result for some organisations, and a
// 纳税信用 level for some enterprises. Each from its own draw stream, so subjects, entries and records are the
// same with or without them.
import { syncedColumns } from '../repo/synced-columns';
import { dayInMonth, PUBLIC_CREDIT_EVALUATOR, rowDraw, streams, TAX_BUREAU, weighted } from './synthetic';
import { subjectId, subjectTraits } from './subject-row';

// The platform's column order (repo/synced-columns.ts); the value tuples below follow it.
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
      rows.push([
        `g-g-${n}-r`,
        id,
        'market-risk',
        risk,
        traits.region.marketRegulator,
        dayInMonth(draw, '2026-10'),
        null,
        '企业信用风险分类结果（市场监管部门按月推送，合成数据）',
      ]);
  }
  if (traits.kind === 'legal-person' && draw.chance(0.3))
    rows.push([
      `g-g-${n}-p`,
      id,
      'public-credit',
      draw.pickWeighted(publicCredit),
      PUBLIC_CREDIT_EVALUATOR,
      dayInMonth(draw, '2026-07'),
      null,
      '全国公共信用综合评价结果（经省信用平台推送，合成数据）',
    ]);
  if (traits.subjectClass === '91' && draw.chance(0.2))
    rows.push([
      `g-g-${n}-t`,
      id,
      'tax-credit',
      draw.pickWeighted(taxCredit),
      TAX_BUREAU,
      dayInMonth(draw, '2026-04'),
      '2027-04-30',
      '2025年度纳税信用评价结果（合成数据）',
    ]);
  return rows;
}
