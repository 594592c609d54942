import type { ReviewItem } from '../../../shared/domain/sync';
import { LIST_COLUMNS, toListItem, type ListRow } from '../check/check.repo';
import type { Db } from '../db/connection';

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
