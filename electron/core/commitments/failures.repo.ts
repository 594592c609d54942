import {
  commitmentFailureRecord,
  commitmentFailureRecordId,
} from '../../../shared/commitment/failure-record';
import type { CommitmentRules } from '../../../shared/commitment/rules';
import type { CreditRecord } from '../../../shared/domain/subject';
import { commitmentFromRow } from '../../../shared/platform-api/synced/commitments';
import type { Db } from '../../../node-shared/db/connection';
import { statement } from '../../../node-shared/db/statements';

/**
 * Broken or false commitments of a subject verified at some window whose credit record has not reached this
 * cache yet (looked up by its deterministic id), as the records they become (the same builder the platform
 * uses). A false commitment then counts from the moment the commitment itself is here, not only once its
 * record follows.
 */
export function unrecordedFailures(db: Db, subjectId: string, rules: CommitmentRules): CreditRecord[] {
  const rows = statement(
    db,
    `SELECT c.* FROM commitments c
       WHERE c.subject_id = @subjectId AND c.state = 'verified'
         AND (c.false_commitment = 1 OR c.fulfilment <> 'fulfilled')
         AND NOT EXISTS (SELECT 1 FROM credit_records r WHERE r.id = @prefix || c.id)`,
  ).all({ subjectId, prefix: commitmentFailureRecordId('') }) as Record<string, unknown>[];
  return rows.flatMap((row) => commitmentFailureRecord(commitmentFromRow(row), subjectId, rules) ?? []);
}
