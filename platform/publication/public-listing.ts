import type { Db } from '../../node-shared/db/connection';
import { publicCommitment } from '../../shared/commitment/publication';
import type {
  PublicCommitmentsQuery,
  PublicCommitmentsResponse,
} from '../../shared/platform-api/commitment-publication';
import { toBeijingIso } from '../../shared/time';
import { requiredRuleTable } from '../rules/rule-tables';
import { publishedCommitments } from './publication.repo';

/** One page of the public listing, masked by the rule table in force (commitment-publication). */
export function publicListing(db: Db, query: PublicCommitmentsQuery, now: Date): PublicCommitmentsResponse {
  const rules = requiredRuleTable(db, 'commitment-publication');
  const { total, commitments } = publishedCommitments(db, query.q, {
    limit: rules.pageSize,
    offset: (query.page - 1) * rules.pageSize,
  });
  return {
    q: query.q,
    page: query.page,
    pageSize: rules.pageSize,
    total,
    items: commitments.map((commitment) => publicCommitment(commitment, rules)),
    asOf: toBeijingIso(now),
  };
}
