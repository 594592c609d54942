import { addMonths, type Day } from '../calendar/day';
import type { Period } from './regime-schema';

export function periodInMonths(period: Period): number {
  return period.unit === 'year' ? period.amount * 12 : period.amount;
}

/**
 * The last day of a period that starts with a decision. The decision day itself is not counted and the period
 * ends on the corresponding day of the last month, or that month's last day when it has none (民法典 第二百零一条、
 * 第二百零二条): a decision on 01-31 plus 3 months ends on 04-30.
 */
export function periodEndsOn(decisionOn: Day, period: Period): Day {
  return addMonths(decisionOn, periodInMonths(period));
}

/** The longer of the given periods; null only when none is given. */
export function longestPeriod(periods: readonly (Period | null | undefined)[]): Period | null {
  let longest: Period | null = null;
  for (const period of periods) {
    if (period && (longest === null || periodInMonths(period) > periodInMonths(longest))) longest = period;
  }
  return longest;
}
