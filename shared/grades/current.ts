import type { Day } from '../calendar/day';
import type { GradeNotice, GradeSchemeKind, SubjectGrade } from '../domain/grade';
import type { GradePolicy } from './policy';

const byId = (a: SubjectGrade, b: SubjectGrade): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The result in force on `day` of each subject under each scheme, one per subject and scheme: the latest evaluated on or before the day (ties
 * by id, so the same rows always give the same answer), and only while its validity has not ended
 * (valid_until on or after the day). A newer result that has expired is not replaced by the older one it
 * superseded: the subject then has no result in force under that scheme. A result dated after the day is not
 * known yet.
 */
export function currentGrades(grades: readonly SubjectGrade[], day: Day): SubjectGrade[] {
  const latest = new Map<string, SubjectGrade>();
  for (const grade of grades) {
    if (grade.evaluatedOn > day) continue;
    const key = `${grade.subjectId}\u0000${grade.scheme}`;
    const held = latest.get(key);
    if (
      held === undefined ||
      grade.evaluatedOn > held.evaluatedOn ||
      (grade.evaluatedOn === held.evaluatedOn && byId(grade, held) > 0)
    )
      latest.set(key, grade);
  }
  return [...latest.values()]
    .filter((grade) => grade.validUntil === null || grade.validUntil >= day)
    .sort((a, b) =>
      a.subjectId !== b.subjectId
        ? a.subjectId < b.subjectId
          ? -1
          : 1
        : a.scheme < b.scheme
          ? -1
          : a.scheme > b.scheme
            ? 1
            : 0,
    );
}

/**
 * How a result reads, on screen and in print: a label that starts with its code as it is (纳税信用 “D级”), a word
 * after the code (公共信用综合评价 “D（差）”).
 */
export const gradeResultText = (grade: Pick<GradeNotice, 'grade' | 'label'>): string =>
  grade.label.startsWith(grade.grade) ? grade.label : `${grade.grade}（${grade.label}）`;

/** The codes of the policy's schemes of one kind, in the policy's order. */
export const schemesOfKind = (policy: GradePolicy, kind: GradeSchemeKind): string[] =>
  policy.schemes.filter((scheme) => scheme.kind === kind).map((scheme) => scheme.code);

/** The policy's one risk-class scheme (the 双随机 grouping). */
export const riskClassScheme = (policy: GradePolicy): string => schemesOfKind(policy, 'risk-class')[0] ?? '';

/**
 * Each subject's 市场监管 risk class in force on `day` (subject id → grade code). A subject holding only other
 * grades (a 公共信用综合评价, a 纳税信用 level) has no entry: it is ungraded for the 双随机, whatever those say.
 */
export function riskClasses(
  policy: GradePolicy,
  grades: readonly SubjectGrade[],
  day: Day,
): Map<string, string> {
  const scheme = riskClassScheme(policy);
  return new Map(
    currentGrades(
      grades.filter((grade) => grade.scheme === scheme),
      day,
    ).map((grade) => [grade.subjectId, grade.grade]),
  );
}

/**
 * One subject's grades in force on `day` with the policy's words: scheme name, label, implication with its basis. Listed
 * schemes first in the policy's order, then any the policy does not list (by code).
 */
export function gradeNotices(policy: GradePolicy, grades: readonly SubjectGrade[], day: Day): GradeNotice[] {
  const order = new Map(policy.schemes.map((scheme, index) => [scheme.code, index]));
  return currentGrades(grades, day)
    .sort((a, b) => (order.get(a.scheme) ?? order.size) - (order.get(b.scheme) ?? order.size))
    .map((grade): GradeNotice => {
      const scheme = policy.schemes.find((candidate) => candidate.code === grade.scheme);
      const level = scheme?.grades.find((candidate) => candidate.grade === grade.grade);
      const base = {
        scheme: grade.scheme,
        grade: grade.grade,
        evaluator: grade.evaluator,
        evaluatedOn: grade.evaluatedOn,
        validUntil: grade.validUntil,
        source: grade.source,
      };
      if (scheme === undefined || level === undefined)
        return {
          ...base,
          schemeName: scheme?.name ?? policy.unlisted.schemeName,
          kind: scheme?.kind ?? null,
          label: grade.grade,
          implication: { ...policy.unlisted.implication, basis: policy.basis, confirmed: false },
        };
      return {
        ...base,
        schemeName: scheme.name,
        kind: scheme.kind,
        label: level.label,
        implication: { ...level.implication, basis: level.source, confirmed: level.confirmed },
      };
    });
}
