import type { Subject, SubjectSummary } from '../../../shared/domain';
import type { IdentifierKind } from '../../../shared/domain/subject';
import { isOneEdit, oneEditVariants, orgCodePart } from '../../../shared/identifiers/near-candidates';
import type { Db } from '../../../node-shared/db/connection';
import { subjectsWithIdentifiers, subjectsWithOrgPart } from './subjects.repo';
import { toSubjectSummary } from './summary';

/** How many 是否为 suggestions the clerk sees: enough for a typo, few enough to read at the window. */
export const NEAR_MATCH_LIMIT = 5;
// Each query reads a few more rows than are shown, so ranking across both queries picks the best five.
const ROWS_PER_QUERY = 20;

/**
 * 是否为：… (issue 10, rule 6): cached subjects the clerk may have meant by `value` (a normalised 18-character
 * code that failed its checks or is not in the cache). Ranked: the code itself (a pre-2016 code the registry
 * holds), then one edit away with the same organisation code (a typo outside 9–17), then one edit away, then
 * the same organisation code only (another registration of the same organisation). Organisation-code matches
 * only for a code read as a USCC.
 */
export function nearMatches(
  db: Db,
  value: string,
  kind: IdentifierKind | 'unknown',
  limit = NEAR_MATCH_LIMIT,
): SubjectSummary[] {
  const variants = oneEditVariants(value);
  if (variants.length === 0) return [];
  const orgPart = kind === 'uscc' ? orgCodePart(value) : null;
  const found = [
    ...subjectsWithIdentifiers(db, [value, ...variants], ROWS_PER_QUERY),
    ...(orgPart === null ? [] : subjectsWithOrgPart(db, orgPart, ROWS_PER_QUERY)),
  ];
  const rank = (subject: Subject): number => {
    if (subject.identifier === value) return 0;
    const sameOrg = orgPart !== null && orgCodePart(subject.identifier) === orgPart;
    if (isOneEdit(value, subject.identifier)) return sameOrg ? 1 : 2;
    return 3;
  };
  const unique = [...new Map(found.map((subject) => [subject.id, subject])).values()];
  return unique
    .map((subject) => ({ subject, rank: rank(subject) }))
    .sort((a, b) => a.rank - b.rank || a.subject.identifier.localeCompare(b.subject.identifier))
    .slice(0, limit)
    .map(({ subject }) => toSubjectSummary(subject));
}
