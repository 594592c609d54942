import type { CreditRecord } from '../../../shared/domain/subject';
import type { Db } from '../../../node-shared/db/connection';
import { prepareUpsert, toRow } from '../../../node-shared/db/upsert';

/**
 * Inserts the provisional failure record of a broken or false commitment (shared/commitment/failure-record.ts,
 * built exactly as the platform builds it) at once, so the next check at this window already sees it; the
 * platform creates the same row id and the feed's copy replaces this one.
 */
export function insertFailureRecord(db: Db, record: CreditRecord): void {
  prepareUpsert(db, 'credit_records', 'id').run(toRow(record));
}
