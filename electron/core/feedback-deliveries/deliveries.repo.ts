import type { Db } from '../../../node-shared/db/connection';
import {
  checkDelivery,
  type CheckDelivery,
  type FeedbackDelivery,
} from '../../../shared/feedback-forwarding/delivery';
import { getMeta, setMeta } from '../app/meta.repo';

const CURSOR = 'feedback_deliveries_cursor';

export const deliveriesCursor = (db: Db): number => Number(getMeta(db, CURSOR) ?? '0') || 0;

/** Stores a page of states the platform sent and moves the cursor past it, together. */
export function storeDeliveries(db: Db, deliveries: readonly FeedbackDelivery[], next: number): void {
  const upsert = db.prepare(
    `INSERT INTO feedback_deliveries (feedback_id, check_id, state, attempts, delivered_at, last_error, updated_at)
     VALUES (@feedbackId, @checkId, @state, @attempts, @deliveredAt, @lastError, @updatedAt)
     ON CONFLICT (feedback_id) DO UPDATE SET check_id = excluded.check_id, state = excluded.state,
       attempts = excluded.attempts, delivered_at = excluded.delivered_at, last_error = excluded.last_error,
       updated_at = excluded.updated_at`,
  );
  db.transaction(() => {
    deliveries.forEach((delivery) => upsert.run(delivery));
    setMeta(db, CURSOR, String(next));
  })();
}

type Row = { state: FeedbackDelivery['state']; deliveredAt: string | null; lastError: string | null };

/**
 * A check's feedback delivery as one state: the platform's states of its records, and 待报送 for a record the
 * platform has not yet told us of (still in this PC's outbox, or received but not yet reported back). null for a
 * check without feedback.
 */
export function deliveryOfCheck(db: Db, checkId: string): CheckDelivery | null {
  const rows = db
    .prepare(
      `SELECT coalesce(d.state, 'pending') AS state, d.delivered_at AS deliveredAt, d.last_error AS lastError
       FROM check_feedback f LEFT JOIN feedback_deliveries d ON d.feedback_id = f.id
       WHERE f.check_id = ?`,
    )
    .all(checkId) as Row[];
  return checkDelivery(rows);
}

/** Every check with feedback, as one delivery state each (for lists: one query, not one per row). */
export function deliveriesByCheck(db: Db, checkIds: readonly string[]): Map<string, CheckDelivery> {
  const result = new Map<string, CheckDelivery>();
  if (checkIds.length === 0) return result;
  const rows = db
    .prepare(
      `SELECT f.check_id AS checkId, coalesce(d.state, 'pending') AS state, d.delivered_at AS deliveredAt,
         d.last_error AS lastError
       FROM check_feedback f LEFT JOIN feedback_deliveries d ON d.feedback_id = f.id
       WHERE f.check_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(checkIds)) as (Row & { checkId: string })[];
  const grouped = new Map<string, Row[]>();
  rows.forEach((row) => grouped.set(row.checkId, [...(grouped.get(row.checkId) ?? []), row]));
  grouped.forEach((group, checkId) => {
    const delivery = checkDelivery(group);
    if (delivery !== null) result.set(checkId, delivery);
  });
  return result;
}

/**
 * A check (alias c) with feedback not yet delivered to the province: a record the platform has not reported
 * delivered (pending, retrying, stopped, or not yet known to the platform).
 */
export const FEEDBACK_UNDELIVERED = `EXISTS (SELECT 1 FROM check_feedback uf
  LEFT JOIN feedback_deliveries ud ON ud.feedback_id = uf.id
  WHERE uf.check_id = c.id AND coalesce(ud.state, 'pending') <> 'delivered')`;

/** List items with their check's delivery state (one query for the page). */
export function withDeliveries<Item extends { checkId: string }>(
  db: Db,
  list: { total: number; items: Item[] },
): { total: number; items: (Item & { delivery: CheckDelivery | null })[] } {
  const deliveries = deliveriesByCheck(
    db,
    list.items.map((item) => item.checkId),
  );
  return {
    total: list.total,
    items: list.items.map((item) => ({ ...item, delivery: deliveries.get(item.checkId) ?? null })),
  };
}
