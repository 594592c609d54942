// Grade results (subject_grades), kept apart by scheme as resources/rules/grade-policy.json defines them:
// 公共信用综合评价 (public-credit), 纳税信用 (tax-credit, an industry grade) and 市场监管's 企业信用风险分类
// (market-risk, the risk class the 双随机 pool is grouped by). Risk classes come from riskClassOf (drawn with
// each enterprise, as the old single grade was); the rest from a stream of their own (gradeDraw).
import type { Subject, SubjectGrade } from '../../shared/domain/index.ts';
import { AS_OF } from './config.ts';
import { grades, nextGradeId, notable, riskClassOf, subjects } from './data-set.ts';
import {
  dayInMonth,
  publicCreditFields,
  regionOf,
  riskClassFields,
  taxCreditFields,
  weighted,
  type GradeFields,
} from '../../platform/generate/synthetic/index.ts';
import { gradeDraw } from './draws.ts';

export function addGrade(subject: Subject, fields: GradeFields): SubjectGrade {
  const grade: SubjectGrade = { id: nextGradeId(), subjectId: subject.id, ...fields };
  grades.push(grade);
  return grade;
}

const LABEL = '演示数据';
/** A 市场监管 risk class of the subject, evaluated on `evaluatedOn` by its district's market regulator. */
export const riskClassRow = (subject: Subject, grade: string, evaluatedOn: string): GradeFields =>
  riskClassFields(regionOf(subject.regionCode), grade, evaluatedOn, LABEL);
/** A 纳税信用 level of an evaluation year, published in April of the next and valid until the list after. */
export const taxCreditRow = (grade: string, evaluationYear: number, publishedOn: string): GradeFields =>
  taxCreditFields(grade, evaluationYear, publishedOn, LABEL);
const publicCreditRow = (grade: string, evaluatedOn: string): GradeFields =>
  publicCreditFields(grade, evaluatedOn, LABEL);

const has = (subject: Subject, scheme: string): boolean =>
  grades.some((grade) => grade.subjectId === subject.id && grade.scheme === scheme);

const day = (month: string): string => dayInMonth(gradeDraw, month);

const PUBLIC_CREDIT_GRADES = weighted([
  ['A', 35],
  ['B', 50],
  ['C', 15],
] as const);
const TAX_CREDIT_GRADES = weighted([
  ['B', 50],
  ['M', 20],
  ['C', 20],
  ['D', 10],
] as const);

export type GradeExample = { role: string; subject: Subject; note: string };
/** The subjects that show rule 9's cases, listed in resources/demo/README.md. */
export const gradeExamples: GradeExample[] = [];

const notableWith = (role: string): Subject | undefined =>
  notable.find((entry) => entry.role === role)?.subject;

/**
 * Every enterprise's risk class as its row (this month's classification unless given earlier), a
 * 公共信用综合评价 result for part of the organisations, 纳税信用 levels for part of the enterprises, and the
 * examples of rule 9: an enterprise with an industry grade only (ungraded for the 双随机), one whose risk class
 * has expired, and a 公共信用综合评价 D that prompts closer attention.
 */
export function addGrades(): void {
  const active = subjects.filter((s) => s.status === 'active' && s.kind === 'legal-person');
  for (const s of subjects) {
    const riskClass = riskClassOf.get(s.id);
    if (riskClass !== undefined && !has(s, 'market-risk'))
      addGrade(s, riskClassRow(s, riskClass, day('2026-10')));
  }
  for (const s of active) {
    if (!gradeDraw.chance(0.4)) continue;
    const risk = riskClassOf.get(s.id);
    const grade =
      risk === 'D' || risk === 'C'
        ? gradeDraw.pick(['C', 'D'])
        : gradeDraw.pickWeighted(PUBLIC_CREDIT_GRADES);
    addGrade(s, publicCreditRow(grade, day('2026-07')));
  }
  for (const s of active.filter((x) => x.identifier.startsWith('91') && !has(x, 'tax-credit'))) {
    if (!gradeDraw.chance(0.2)) continue;
    const grade = gradeDraw.pickWeighted(TAX_CREDIT_GRADES);
    addGrade(s, taxCreditRow(grade, 2025, day('2026-04')));
  }
  addExamples();
}

function addExamples(): void {
  // 重大税收违法失信主体: every scheme says the same thing, each kept under its own evaluator.
  const taxViolator = notableWith('重大税收违法失信主体');
  if (taxViolator !== undefined) {
    if (!has(taxViolator, 'public-credit')) addGrade(taxViolator, publicCreditRow('D', '2026-07-15'));
    if (!has(taxViolator, 'tax-credit')) addGrade(taxViolator, taxCreditRow('D', 2025, '2026-04-20'));
    gradeExamples.push({
      role: '三类评价并列',
      subject: taxViolator,
      note: '公共信用综合评价D（差）、纳税信用D级、风险分类各自显示评价单位、日期、来源与提示；报告只印前两类',
    });
  }
  const notableIds = new Set(notable.map((entry) => entry.subject.id));
  const candidates = subjects.filter(
    (s) =>
      s.status === 'active' &&
      s.identifier.startsWith('91') &&
      !notableIds.has(s.id) &&
      !grades.some((grade) => grade.subjectId === s.id),
  );
  const [industryOnly, expired] = candidates;
  if (industryOnly !== undefined) {
    addGrade(industryOnly, taxCreditRow('D', 2025, '2026-04-22'));
    gradeExamples.push({
      role: '仅有行业评价',
      subject: industryOnly,
      note: '只有纳税信用D级、没有风险分类：双随机抽查中按“未分类”分组',
    });
  }
  if (expired !== undefined) {
    addGrade(expired, { ...riskClassRow(expired, 'A', '2025-03-10'), validUntil: '2026-03-31' });
    gradeExamples.push({
      role: '风险分类已过期',
      subject: expired,
      note: `风险分类A的有效期至2026-03-31，早于数据日期${AS_OF}：不再使用，核查不显示、双随机按“未分类”分组`,
    });
  }
}
