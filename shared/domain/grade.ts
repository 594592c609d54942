import { z } from 'zod';
import { isoDate } from './catalogue';

/**
 * A grade code as an evaluator publishes it (A, B, M …). Its label and what it implies are data
 * (resources/rules/grade-policy.json), so any short code is kept.
 */
export const Grade = z.string().min(1).max(8);

/**
 * What a grade result is, which decides where it may be used (the three must never be read for one another):
 * - public-credit: 公共信用综合评价 by the credit platforms; the one the public credit report prints;
 * - industry: a sector's own credit evaluation (纳税信用 …); listed in the report as evaluation information;
 * - risk-class: 市场监管's 企业信用风险分类, a supervision tool; groups the 双随机 pool, never printed.
 */
export const gradeSchemeKinds = ['public-credit', 'industry', 'risk-class'] as const;
export const GradeSchemeKind = z.enum(gradeSchemeKinds);
export type GradeSchemeKind = z.infer<typeof GradeSchemeKind>;

/**
 * One grade result of one subject under one scheme (table subject_grades, owned by the platform, fed down).
 * A subject may hold several results of a scheme over time: the one in force on a day is the latest evaluated
 * on or before it whose validity has not ended (shared/grades/current.ts).
 */
export const SubjectGrade = z.object({
  id: z.string().min(1),
  subjectId: z.string().min(1),
  /** The scheme's code in the grade policy (e.g. public-credit, tax-credit, market-risk). */
  scheme: z.string().min(1).max(40),
  grade: Grade,
  /** Who evaluated (评价单位), e.g. 国家税务总局平顶山市税务局. */
  evaluator: z.string().min(1).max(200),
  evaluatedOn: isoDate,
  /** The last day the result is valid; null: until the next result. */
  validUntil: isoDate.nullable(),
  /** Where the result came from (the evaluator's notice, a data exchange …). */
  source: z.string().min(1).max(300),
});
export type SubjectGrade = z.infer<typeof SubjectGrade>;

export const gradeTones = ['favourable', 'neutral', 'attention'] as const;
/** How the implication reads: a good result, nothing to note, or a prompt for closer attention. */
export const GradeTone = z.enum(gradeTones);
export type GradeTone = z.infer<typeof GradeTone>;

/**
 * A grade in force as the check shows it, frozen into the evidence snapshot with the words of the policy at
 * check time (a later policy change never rewrites what the clerk saw). A notice: it never changes a verdict.
 */
export const GradeNotice = z.object({
  scheme: z.string(),
  /** 公共信用综合评价 / 纳税信用 / 企业信用风险分类 …; for a scheme the policy does not list, a generic name. */
  schemeName: z.string(),
  /** null: a scheme the policy does not list. */
  kind: GradeSchemeKind.nullable(),
  grade: z.string(),
  /** e.g. 优 / A级 / 信用风险低; the code itself when the policy does not list it. */
  label: z.string(),
  evaluator: z.string(),
  evaluatedOn: isoDate,
  validUntil: isoDate.nullable(),
  source: z.string(),
  implication: z.object({
    tone: GradeTone,
    text: z.string(),
    /** The policy the implication rests on, and whether it was confirmed from a primary text. */
    basis: z.string(),
    confirmed: z.boolean(),
  }),
});
export type GradeNotice = z.infer<typeof GradeNotice>;
