import type { CommitmentFailure } from '../commitment/rules';
import type { ListType } from '../domain/catalogue';
import type { CreditRecord, ListEntry } from '../domain/subject';
import { recordPublished } from '../repair/published';
import { entryActive } from './measures';
import type { IncentiveBars } from './policy';

/**
 * A confirmed failure of a commitment the check knows of: its credit record (published, not repaired), or — for
 * one verified at another window whose record has not reached this cache yet — the verified commitment itself.
 */
export type FailureFact = { failure: CommitmentFailure; title: string; on: string };

const failureWords: Record<CommitmentFailure, string> = {
  false: '经核查认定作出虚假承诺',
  unfulfilled: '经核查认定未履行信用承诺',
  partial: '经核查认定未完全履行信用承诺',
};

/** The failure facts of a subject's records on `day`: published (so neither repaired nor ended) failures. */
export const failureFactsOf = (records: readonly CreditRecord[], day: string): FailureFact[] =>
  records.flatMap((record) =>
    record.commitmentFailure != null && recordPublished(record, day)
      ? [{ failure: record.commitmentFailure, title: record.title, on: record.decisionOn }]
      : [],
  );

/**
 * Why every incentive is withheld whatever the matter (rule 1 of issue 10): each active entry on a list of a
 * barred kind, and each unrepaired failure of a barred kind, named so the clerk sees which one. Empty: none.
 */
export function incentiveBarsOf(input: {
  entries: readonly ListEntry[];
  listTypes: readonly ListType[];
  failures: readonly FailureFact[];
  bars: IncentiveBars;
  day: string;
}): string[] {
  const byCode = new Map(input.listTypes.map((listType) => [listType.code, listType]));
  const named: string[] = [];
  for (const entry of input.entries) {
    const listType = byCode.get(entry.listType);
    if (listType === undefined || !entryActive(entry, input.day)) continue;
    if (!input.bars.listKinds.includes(listType.kind)) continue;
    named.push(`列入${listType.name}（${entry.listingUnit}，${entry.listedOn}）`);
  }
  for (const fact of input.failures) {
    if (!input.bars.commitmentFailures.includes(fact.failure)) continue;
    named.push(`${failureWords[fact.failure]}且尚未信用修复（${fact.title}，${fact.on}）`);
  }
  return named;
}
