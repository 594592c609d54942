import type { CheckResult } from '../../../shared/domain/check';
import { formatBeijing } from '../../../shared/time';
import { sheetTexts } from './texts';

const texts = sheetTexts.source;

/**
 * Where the check's evidence came from, as the record says: whether the platform was reachable (else this PC's
 * offline cache), how fresh the data were at check time, and whether that made the verdict one for 人工研判.
 */
export const sourceText = ({ offline, freshness }: Pick<CheckResult, 'offline' | 'freshness'>): string => {
  const connection = offline === undefined ? texts.unknown : offline ? texts.offline : texts.online;
  if (freshness.cacheAsOf === null) return `${connection}${texts.noData}`;
  const asOf = texts.asOf(formatBeijing(freshness.cacheAsOf));
  const { ageHours } = freshness;
  if (freshness.stale)
    return `${connection}${asOf}，${texts.stale(Math.floor(ageHours ?? freshness.staleAfterHours))}`;
  return `${connection}${asOf}${ageHours === null ? '' : texts.age(ageHours)}`;
};
