// How big a generated city is. Scale 1 is a city of 平顶山's order (several hundred thousand market entities,
// DOMAIN.md); other scales are proportional, with at least one row of each kind.

export const DEFAULT_SEED = 20_261_101;

/** Rows per table at scale 1. */
export const CITY_AT_SCALE_1 = { subjects: 500_000, listEntries: 50_000, creditRecords: 2_000_000 } as const;

export type CityCounts = { subjects: number; listEntries: number; creditRecords: number };

export function cityCounts(scale: number): CityCounts {
  if (!Number.isFinite(scale) || scale <= 0) {
    throw new Error(`规模应为正数，当前为 ${String(scale)}`);
  }
  const of = (atOne: number): number => Math.max(1, Math.round(atOne * scale));
  return {
    subjects: of(CITY_AT_SCALE_1.subjects),
    listEntries: of(CITY_AT_SCALE_1.listEntries),
    creditRecords: of(CITY_AT_SCALE_1.creditRecords),
  };
}

/** Data as of this day, and the updated_at of every generated subject (the demo data set's too). */
export { AS_OF, UPDATED_AT as GENERATED_AT } from './synthetic';
