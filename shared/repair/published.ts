import type { CreditRecord } from '../domain/subject';

/**
 * Whether a credit record is published (公示中) on `day`: its status says so and its publication period has not
 * ended (公示截止期 is the last day; null: no end recorded). Nothing flips the status when the period ends, so
 * every rule asks this rather than the status alone.
 */
export const recordPublished = (
  record: Pick<CreditRecord, 'status' | 'publicationEndsOn'>,
  day: string,
): boolean =>
  record.status === 'published' && (record.publicationEndsOn === null || record.publicationEndsOn >= day);

/**
 * What a check shows as the subject's public records on `day`: those published, and those repaired with 标注
 * (kept in view, marked 已修复). Stopped, masked and deleted ones are not shown.
 */
export const recordShown = (
  record: Pick<CreditRecord, 'status' | 'publicationEndsOn' | 'repairOutcome'>,
  day: string,
): boolean =>
  recordPublished(record, day) || (record.status === 'repaired' && record.repairOutcome === 'annotate');

/** The categories a window takes repair applications for; others go to the unit that recorded them. */
export const windowRepairCategories: readonly CreditRecord['category'][] = ['penalty', 'commitment'];

/**
 * A record the window may take a repair application for on `day`: published, and a 行政处罚 or a 信用承诺
 * failure. The repair candidates (client core) and 申请信用修复 on a check result (renderer) both ask this.
 */
export const repairableAtWindow = (
  record: Pick<CreditRecord, 'status' | 'publicationEndsOn' | 'category'>,
  day: string,
): boolean => recordPublished(record, day) && windowRepairCategories.includes(record.category);
