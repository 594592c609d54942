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
