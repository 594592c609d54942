import { z } from 'zod';
import { Grade, GradeSchemeKind, GradeTone } from '../domain/grade';

/** What a grade implies for the window: a notice with its tone, never a verdict. */
export const GradeImplication = z.object({
  tone: GradeTone,
  /** Plain Chinese for the clerk, e.g. 信用风险高：监管部门将提高抽查比例和频次（监管措施，不属于窗口办理措施）。 */
  text: z.string().min(1),
});
export type GradeImplication = z.infer<typeof GradeImplication>;

export const GradeLevel = z.object({
  grade: Grade,
  /** What a person reads after the code, e.g. 优 / 信用风险低. */
  label: z.string().min(1),
  implication: GradeImplication,
  /** The document the label and the implication come from (name + number + item where sure). */
  source: z.string().min(1),
  /** false until checked against the primary text. */
  confirmed: z.boolean(),
  note: z.string().optional(),
});
export type GradeLevel = z.infer<typeof GradeLevel>;

export const GradeScheme = z.object({
  /** Stable code, as subject_grades.scheme carries it (lower-case words joined by hyphens). */
  code: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/),
  kind: GradeSchemeKind,
  /** e.g. 公共信用综合评价 / 纳税信用 / 企业信用风险分类. */
  name: z.string().min(1),
  /** Who evaluates under the scheme, in words (each result names its own evaluator). */
  evaluatedBy: z.string().min(1),
  source: z.string().min(1),
  confirmed: z.boolean(),
  note: z.string().optional(),
  grades: z.array(GradeLevel).min(1),
});
export type GradeScheme = z.infer<typeof GradeScheme>;

/**
 * resources/rules/grade-policy.json (rule table 'grade-policy', fed by the platform): the grade schemes a
 * subject's results belong to, each grade's label and what it implies, with sources and confirmation. Exactly
 * one scheme is the risk class the 双随机 pool is grouped by (inspection-ratios.json lists its grades).
 */
export const GradePolicy = z
  .object({
    version: z.string().min(1),
    basis: z.string().min(1),
    note: z.string().optional(),
    schemes: z.array(GradeScheme).min(1),
    /** Said of a result whose scheme or grade the policy does not list. */
    unlisted: z.object({ schemeName: z.string().min(1), implication: GradeImplication }),
  })
  .superRefine((policy, ctx) => {
    const codes = new Set<string>();
    policy.schemes.forEach((scheme, index) => {
      if (codes.has(scheme.code))
        ctx.addIssue({ code: 'custom', message: `方案代码重复：${scheme.code}`, path: ['schemes', index] });
      codes.add(scheme.code);
      const grades = new Set<string>();
      scheme.grades.forEach((level, at) => {
        if (grades.has(level.grade))
          ctx.addIssue({
            code: 'custom',
            message: `等级重复：${scheme.code} ${level.grade}`,
            path: ['schemes', index, 'grades', at],
          });
        grades.add(level.grade);
      });
    });
    const riskClasses = policy.schemes.filter((scheme) => scheme.kind === 'risk-class').length;
    if (riskClasses !== 1)
      ctx.addIssue({
        code: 'custom',
        message: `风险分类方案须有且只有一个（现有 ${riskClasses} 个）`,
        path: ['schemes'],
      });
  });
export type GradePolicy = z.infer<typeof GradePolicy>;
