import { z } from 'zod';

export const SortDirection = z.enum(['asc', 'desc']);
export type SortDirection = z.infer<typeof SortDirection>;

/**
 * The optional order of a list request: one of the list's sortable columns (a closed set the core maps to its own
 * columns) and a direction (ascending unless asked otherwise). Without `sortBy` the list keeps its own order.
 */
export const listSort = <Field extends string>(fields: z.ZodEnum<{ [K in Field]: K }>) => ({
  sortBy: fields.optional(),
  sortDirection: SortDirection.optional(),
});

/** The order a list is shown in, as the renderer keeps it and sends it. */
export type ListSort<Field extends string> = { sortBy: Field; sortDirection: SortDirection };
