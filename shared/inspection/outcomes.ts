import { z } from 'zod';

/** One kind of 检查结果 an inspection can end with. */
export const InspectionOutcome = z.object({
  /** Stable code, stored with each result (never shown). */
  code: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/),
  /** What a person reads and what the results list publishes, e.g. 未发现问题. */
  label: z.string().trim().min(1).max(40),
  /** A problem was found: 处理情况 is then required. */
  problemFound: z.boolean(),
  note: z.string().optional(),
});
export type InspectionOutcome = z.infer<typeof InspectionOutcome>;

/**
 * resources/rules/inspection-outcomes.json: the 检查结果 a supervisor records for each drawn subject (双随机、一公开),
 * with the grounds for the list, or `confirmed: false` while it is local practice awaiting the supervising
 * department. Its order is the order of the choices on the form.
 */
export const InspectionOutcomes = z
  .object({
    version: z.string().min(1),
    basis: z.string().min(1),
    confirmed: z.boolean(),
    note: z.string().optional(),
    outcomes: z.array(InspectionOutcome).min(1),
  })
  .superRefine((table, ctx) => {
    const seen = new Set<string>();
    table.outcomes.forEach((outcome, index) => {
      if (seen.has(outcome.code))
        ctx.addIssue({
          code: 'custom',
          message: `duplicate outcome ${outcome.code}`,
          path: ['outcomes', index],
        });
      seen.add(outcome.code);
    });
    if (!table.outcomes.some((outcome) => !outcome.problemFound))
      ctx.addIssue({
        code: 'custom',
        message: 'an outcome without a problem is required',
        path: ['outcomes'],
      });
  });
export type InspectionOutcomes = z.infer<typeof InspectionOutcomes>;
