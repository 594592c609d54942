import type { ListType, Matter, RelatedParty, Subject } from '../domain';
import type { ListEntry } from '../domain/subject';
import { maskIdentifier } from '../identifiers';
import { entryActive } from './measures';
import type { CheckPolicy } from './policy';

/** The applicant's legal representative held in the cache as a natural person, found by 公民身份号码. */
export type Representative = { subject: Subject; entries: readonly ListEntry[] };

type RelatedInput = {
  subject: Subject | null;
  representative: Representative | null;
  listTypes: readonly ListType[];
  matter: Matter;
  day: string;
  policy: CheckPolicy;
};

/**
 * The legal representative as a related party when they hold active entries on the lists the policy names: a
 * notice beside the verdict, or a reason for 需人工研判 in the matter categories the policy names (data:
 * check-policy.json `representative`). Only an organisation's representative, matched by ID number; never a
 * natural person's own entries twice.
 */
export function relatedPartyOf(input: RelatedInput): RelatedParty[] {
  const { subject, representative } = input;
  if (subject === null || representative === null || subject.kind === 'natural-person') return [];
  if (representative.subject.id === subject.id || representative.subject.kind !== 'natural-person') return [];
  const rule = input.policy.representative;
  const byCode = new Map(input.listTypes.map((listType) => [listType.code, listType]));
  const listings = representative.entries.flatMap((entry) => {
    const listType = byCode.get(entry.listType);
    return listType !== undefined && entryActive(entry, input.day) && rule.listKinds.includes(listType.kind)
      ? [{ entry, listType }]
      : [];
  });
  if (listings.length === 0) return [];
  return [
    {
      role: 'legal-representative',
      subjectId: representative.subject.id,
      name: representative.subject.name,
      identifierMasked: maskIdentifier(representative.subject.identifier, 'citizen-id'),
      listings,
      affectsVerdict: rule.reviewCategories.includes(input.matter.category),
    },
  ];
}
