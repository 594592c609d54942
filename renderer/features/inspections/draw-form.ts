import { z } from 'zod';
import {
  InspectionDrawRequest,
  type InspectionPool,
  type PoolGrade,
} from '../../../shared/domain/inspection';
import { inspectionsTexts as texts } from './texts';

/** The grades whose ratio this draw may choose: those the table gives a range, not one ratio. */
export const adjustableGrades = (pool: InspectionPool): PoolGrade[] =>
  pool.grades.filter((grade) => grade.min < grade.max);

/** 0–100, at most two decimals: what the supervisor types as a percentage. */
const PERCENT = /^\d{1,3}(\.\d{1,2})?$/;

/**
 * The one place a typed percentage becomes the contract's fraction: 20 → 0.2, 12.5 → 0.125. Counted in hundredths
 * of a percent first, so the fraction is the decimal as typed (14.29 → 0.1429), without binary artefacts.
 */
export const fractionOf = (typed: string): number => Math.round(Number(typed.trim()) * 100) / 10_000;

/** A typed percentage: blank (the table's default, its max), or 0–100 within the grade's range. */
const percentField = (grade: PoolGrade) =>
  z
    .string()
    .trim()
    .superRefine((typed, ctx) => {
      const problem = percentProblem(grade, typed);
      if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
    });

const fractionsOf = (percents: Record<string, string>): Record<string, number> =>
  Object.fromEntries(
    Object.entries(percents)
      .filter(([, typed]) => typed !== '')
      .map(([grade, typed]) => [grade, fractionOf(typed)]),
  );

/**
 * The draw form of a pool: the seed as the contract takes it (blank: the core makes one), the chosen ratios typed
 * as percentages; its output is the contract's request (inspections:draw), fractions and all.
 */
export const drawFormSchema = (pool: InspectionPool) =>
  z
    .object({
      regionCode: InspectionDrawRequest.shape.regionCode,
      matterCode: InspectionDrawRequest.shape.matterCode,
      seed: z
        .string()
        .transform((typed) => (typed.trim() === '' ? undefined : typed))
        .pipe(InspectionDrawRequest.shape.seed),
      percents: z.object(
        Object.fromEntries(adjustableGrades(pool).map((grade) => [grade.grade, percentField(grade)])),
      ),
    })
    .transform(({ percents, ...scope }): z.input<typeof InspectionDrawRequest> => ({
      ...scope,
      chosenRatios: fractionsOf(percents),
    }))
    .pipe(InspectionDrawRequest);

export type DrawFormValues = z.input<ReturnType<typeof drawFormSchema>>;

/** A fresh form for a pool: no seed, every adjustable grade blank. */
export const drawFormDefaults = (pool: InspectionPool): DrawFormValues => ({
  regionCode: pool.regionCode,
  matterCode: pool.matterCode,
  seed: '',
  percents: Object.fromEntries(adjustableGrades(pool).map((grade) => [grade.grade, ''])),
});

/** A refusal's path at the form's field: the contract's chosenRatios.<grade> is the form's percents.<grade>. */
export const drawFieldOf = (path: readonly PropertyKey[]): string =>
  path[0] === 'chosenRatios' ? `percents.${String(path[1])}` : path.map(String).join('.');

/** Why a typed percentage cannot be drawn with, or null when it can (blank: the table's default). */
const percentProblem = (grade: PoolGrade, typed: string): string | null => {
  if (typed === '') return null;
  if (!PERCENT.test(typed) || Number(typed) > 100) return texts.percentInvalid;
  const ratio = fractionOf(typed);
  return ratio < grade.min || ratio > grade.max ? texts.percentOutside(grade.min, grade.max) : null;
};

/**
 * How many a typed percentage draws (⌈population × ratio⌉, as shared/sampling counts), the table's default while
 * it is blank, and null while it is not a percentage this grade may take (no count beside a refused ratio).
 */
export const expectedWith = (grade: PoolGrade, typed: string): number | null => {
  const trimmed = typed.trim();
  if (percentProblem(grade, trimmed) !== null) return null;
  if (trimmed === '') return grade.expected;
  const ratio = fractionOf(trimmed);
  if (grade.population === 0 || ratio <= 0) return 0;
  return Math.min(grade.population, Math.ceil(Math.round(grade.population * ratio * 1e6) / 1e6));
};
