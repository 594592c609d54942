import { z } from 'zod';
import { Grade } from '../domain/grade';

/** The grade code of subjects without a grade, or with a grade the table does not list. */
export const UNGRADED = 'ungraded';

const Fraction = z.number().min(0).max(1);

/** A share of a grade's subjects to inspect: one fixed ratio, or a range the drawing office chooses within. */
export const SamplingRatio = z.union([
  Fraction,
  z
    .object({ min: Fraction, max: Fraction })
    .refine((range) => range.min <= range.max, { message: 'min must not exceed max', path: ['min'] }),
]);
export type SamplingRatio = z.infer<typeof SamplingRatio>;

export const GradeRatio = z.object({
  /** The grade code as it appears on subjects (A, B, …), or `ungraded`. */
  grade: Grade,
  /** What a person reads (zh-CN), e.g. 低风险. */
  label: z.string().min(1),
  ratio: SamplingRatio,
  note: z.string().optional(),
});
export type GradeRatio = z.infer<typeof GradeRatio>;

/**
 * resources/rules/inspection-ratios.json: the share of each credit grade's subjects drawn in a random
 * inspection (分级分类监管, 双随机). Ratios are set locally; the table's order is the order of the published
 * list. Exactly one entry is `ungraded`, for subjects without a grade the table knows.
 */
export const InspectionRatios = z
  .object({
    version: z.string().min(1),
    basis: z.string().min(1),
    /** false while the ratios are examples awaiting the local authority's figures. */
    confirmed: z.boolean(),
    note: z.string().optional(),
    grades: z.array(GradeRatio).min(1),
  })
  .superRefine((table, ctx) => {
    const seen = new Set<string>();
    table.grades.forEach((entry, index) => {
      if (seen.has(entry.grade))
        ctx.addIssue({ code: 'custom', message: `duplicate grade ${entry.grade}`, path: ['grades', index] });
      seen.add(entry.grade);
    });
    if (!seen.has(UNGRADED))
      ctx.addIssue({ code: 'custom', message: `an entry for ${UNGRADED} is required`, path: ['grades'] });
  });
export type InspectionRatios = z.infer<typeof InspectionRatios>;

/** The allowed range of a ratio (a fixed ratio is the range [r, r]). */
export function ratioRange(ratio: SamplingRatio): { min: number; max: number } {
  return typeof ratio === 'number' ? { min: ratio, max: ratio } : ratio;
}

/**
 * How many of `population` subjects a ratio draws: 0 for an empty grade or a ratio of 0, otherwise
 * ⌈population × ratio⌉ — so any non-empty grade with a ratio above 0 has at least one subject drawn. The product
 * is first rounded to 6 decimals, so a binary artefact (100 × 0.07 = 7.000000000000001) does not add one.
 */
export function drawCount(population: number, ratio: number): number {
  if (population <= 0 || ratio <= 0) return 0;
  const product = Math.round(population * ratio * 1e6) / 1e6;
  return Math.min(population, Math.ceil(product));
}
