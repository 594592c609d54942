import type { ListEntry, Measure } from '../domain';

/** A measure is in force on `day` (YYYY-MM-DD) between its effective dates, both inclusive. */
export const inForce = (measure: Measure, day: string): boolean =>
  measure.effectiveFrom <= day && (measure.effectiveTo === null || measure.effectiveTo >= day);

/** A list entry counts on `day` while it is active, not removed and not past its term. */
export const entryActive = (entry: ListEntry, day: string): boolean =>
  entry.status === 'active' &&
  entry.removedOn === null &&
  (entry.expiresOn === null || entry.expiresOn >= day);

export type MeasureSplit = {
  incentives: Measure[];
  punishments: Measure[];
  notApplicable: Measure[];
  supervisory: Measure[];
};

/**
 * The measures of one list type for one matter category (过惩相当, 防止小过重惩): only measures whose basis
 * covers this category apply; the others are shown to the clerk as not applicable, never applied. A covering
 * measure the supervising department applies (scope 'supervisory') is a 监管提示, never the window's to apply.
 */
export function splitMeasures(
  measures: readonly Measure[],
  listType: string,
  category: string,
  day: string,
): MeasureSplit {
  const split: MeasureSplit = { incentives: [], punishments: [], notApplicable: [], supervisory: [] };
  for (const measure of measures) {
    if (measure.listType !== listType || !inForce(measure, day)) continue;
    if (!measure.matterCategories.includes(category)) split.notApplicable.push(measure);
    else if (measure.scope === 'supervisory') split.supervisory.push(measure);
    else if (measure.direction === 'incentive') split.incentives.push(measure);
    else split.punishments.push(measure);
  }
  return split;
}
