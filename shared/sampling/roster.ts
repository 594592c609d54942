import { z } from 'zod';

const RegionCode = z.string().regex(/^\d{6}$/, '区划代码须为 6 位数字');

/** One law-enforcement inspector (执法检查人员) who may be drawn for a 双随机 inspection. */
export const RosterInspector = z.object({
  /** Stable id within the roster; recorded with every draw. */
  id: z.string().trim().min(1).max(64),
  name: z.string().trim().min(1).max(50),
  /** 执法证号 (the law-enforcement certificate number). */
  badge: z.string().trim().min(1).max(50),
  department: z.string().trim().min(1).max(100),
  /**
   * GB/T 2260 codes of the areas the inspector works in. A code ending in 00 (e.g. 410400, the city) covers
   * every district under it; a district code covers itself only.
   */
  regions: z.array(RegionCode).min(1),
  /** Matter category codes (resources/catalogue/matter-categories.json) the inspector may inspect. */
  matterCategories: z.array(z.string().trim().min(1)).min(1),
});
export type RosterInspector = z.infer<typeof RosterInspector>;

/**
 * resources/rules/inspector-roster.json: the roster of inspectors (执法检查人员名录库) the second random draw picks
 * from. It is data served by the platform like the other rule tables; `demo: true` marks a synthetic roster.
 */
export const InspectorRoster = z
  .object({
    version: z.string().min(1),
    basis: z.string().min(1),
    /** True for the synthetic roster shipped with the demo data: no real person is named in it. */
    demo: z.boolean(),
    note: z.string().optional(),
    inspectors: z.array(RosterInspector),
  })
  .superRefine((roster, ctx) => {
    const seen = new Set<string>();
    roster.inspectors.forEach((inspector, index) => {
      if (seen.has(inspector.id))
        ctx.addIssue({
          code: 'custom',
          message: `duplicate inspector ${inspector.id}`,
          path: ['inspectors', index],
        });
      seen.add(inspector.id);
    });
  });
export type InspectorRoster = z.infer<typeof InspectorRoster>;

/** Does an inspector's region code cover a subject's? The same code, or a city/province code (…00) above it. */
export function regionCovers(inspectorRegion: string, subjectRegion: string): boolean {
  if (inspectorRegion === subjectRegion) return true;
  if (inspectorRegion.endsWith('0000')) return subjectRegion.startsWith(inspectorRegion.slice(0, 2));
  if (inspectorRegion.endsWith('00')) return subjectRegion.startsWith(inspectorRegion.slice(0, 4));
  return false;
}

/** The roster's inspectors who may inspect a subject of `regionCode` for a matter of `category`. */
export function eligibleInspectors(
  roster: InspectorRoster,
  regionCode: string,
  category: string,
): RosterInspector[] {
  return roster.inspectors.filter(
    (inspector) =>
      inspector.matterCategories.includes(category) &&
      inspector.regions.some((region) => regionCovers(region, regionCode)),
  );
}
