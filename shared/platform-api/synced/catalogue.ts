import { z } from 'zod';
import { ListKind, MeasureDirection, MeasureScope } from '../../domain/catalogue';
import { syncedTable } from './table';

// The catalogues the platform owns: list types, matter categories, matters and measures (./table.ts).

export const listTypesTable = syncedTable('list_types', 'code', {
  code: z.string(),
  name: z.string(),
  kind: ListKind,
  authority: z.string(),
});

export const matterCategoriesTable = syncedTable('matter_categories', 'code', {
  code: z.string(),
  name: z.string(),
});

export const mattersTable = syncedTable('matters', 'code', {
  code: z.string(),
  name: z.string(),
  category: z.string(),
  department: z.string(),
});

/**
 * A measure is one row at the platform and one change in the feed, its matter categories an array (sorted,
 * distinct, known codes: the platform's triggers hold it to that); the client's cache keeps them as rows of
 * measure_matter_categories instead (electron/core/sync/apply.ts).
 */
export const measuresTable = syncedTable('measures', 'code', {
  code: z.string(),
  list_type: z.string(),
  name: z.string(),
  direction: MeasureDirection,
  measure_class: z.string(),
  legal_basis: z.string(),
  effective_from: z.string(),
  effective_to: z.string().nullable(),
  matter_categories: z.array(z.string()).min(1),
  scope: MeasureScope,
});
