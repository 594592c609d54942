import type { ReviewItem } from '../../../shared/domain/sync';
import { LIST_COLUMNS, toListItem, type ListRow } from '../check/check.repo';
import { getMeta, setMeta } from '../app/meta.repo';
import type { Db } from '../../../node-shared/db/connection';

type ReviewRow = ListRow & {
  flagged_at: string;
  reason: string;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
};

/** Checks flagged 需复核, open ones first, newest first. */
export function listReviews(db: Db, includeAcknowledged: boolean): ReviewItem[] {
  const rows = db
    .prepare(
      `SELECT c.*, ${LIST_COLUMNS}, r.flagged_at, r.reason, r.acknowledged_at, r.acknowledged_by
       FROM check_reviews r JOIN checks c ON c.id = r.check_id
       ${includeAcknowledged ? '' : 'WHERE r.acknowledged_at IS NULL'}
       ORDER BY r.acknowledged_at IS NOT NULL, r.flagged_at DESC, c.checked_at DESC LIMIT 500`,
    )
    .all() as ReviewRow[];
  return rows.map((row) => ({
    ...toListItem(row),
    flaggedAt: row.flagged_at,
    reason: row.reason,
    acknowledgedAt: row.acknowledged_at,
    acknowledgedBy: row.acknowledged_by,
  }));
}

export const openReviews = (db: Db): number =>
  db.prepare('SELECT count(*) FROM check_reviews WHERE acknowledged_at IS NULL').pluck().get() as number;

/** Returns false when the check is not flagged (or already acknowledged). */
export function acknowledgeReview(db: Db, checkId: string, at: string, by: string): boolean {
  return (
    db
      .prepare(
        'UPDATE check_reviews SET acknowledged_at = ?, acknowledged_by = ? WHERE check_id = ? AND acknowledged_at IS NULL',
      )
      .run(at, by, checkId).changes > 0
  );
}

const REVIEW_REASON = '核查时处于离线或数据过期状态，此后该主体的信用信息已更新，请复核';

/** Whether any check could need review at all: only those made offline or on stale data can. */
export const hasReviewCandidates = (db: Db): boolean =>
  db.prepare('SELECT EXISTS (SELECT 1 FROM checks WHERE offline = 1 OR stale = 1)').pluck().get() === 1;

/**
 * Flags 需复核 the offline or stale checks whose subject the current pull page touched (the temp tables
 * touched_subjects / touched_identifiers the applier fills), if they have not had their "next pull" yet.
 */
export function flagTouchedChecks(db: Db, at: string, seq: number): number {
  return db
    .prepare(
      `INSERT OR IGNORE INTO check_reviews (check_id, flagged_at, change_seq, reason)
       SELECT c.id, @at, @seq, @reason FROM checks c
       WHERE (c.offline = 1 OR c.stale = 1) AND c.sync_cursor < @seq AND c.rowid > @watermark
         AND (c.subject_id IN (SELECT id FROM temp.touched_subjects)
           OR (c.subject_id IS NULL AND c.identifier IN (SELECT identifier FROM temp.touched_identifiers)))`,
    )
    .run({ at, seq, reason: REVIEW_REASON, watermark: Number(getMeta(db, 'review_watermark') ?? 0) }).changes;
}

/** A pull has caught up: the checks made so far have had their "next pull"; later changes do not flag them. */
export function closeReviewWindow(db: Db): void {
  setMeta(
    db,
    'review_watermark',
    String(db.prepare('SELECT coalesce(max(rowid), 0) FROM checks').pluck().get()),
  );
}
