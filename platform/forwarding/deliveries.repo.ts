import type { Db } from '../../node-shared/db/connection';
import type { DeliveryState, FeedbackDelivery } from '../../shared/feedback-forwarding/delivery';

const NEXT_REVISION = 'SELECT coalesce(max(revision), 0) + 1 AS next FROM feedback_deliveries';

const nextRevision = (db: Db): number => (db.prepare(NEXT_REVISION).get() as { next: number }).next;

/** The key a receiver de-duplicates by: the same for every attempt of one record, unique across devices. */
export const deliveryKeyOf = (deviceId: string, feedbackId: string): string => `${deviceId}:${feedbackId}`;

/**
 * Queues a received feedback record for forwarding (due at once). Called inside the transaction that files it,
 * so the queue row and the evidence commit together; a record queued already is left as it is. One statement
 * with its revision (on PostgreSQL each statement is a round trip on the event loop).
 */
export function enqueueDelivery(
  db: Db,
  row: { deviceId: string; feedbackId: string; checkId: string; receivedAt: string },
): void {
  db.prepare(
    `INSERT INTO feedback_deliveries (device_id, feedback_id, check_id, delivery_key, state, attempts,
       next_attempt_ms, created_at, updated_at, revision)
     VALUES (@deviceId, @feedbackId, @checkId, @key, 'pending', 0, 0, @receivedAt, @receivedAt, (${NEXT_REVISION}))
     ON CONFLICT (device_id, feedback_id) DO NOTHING`,
  ).run({ ...row, key: deliveryKeyOf(row.deviceId, row.feedbackId) });
}

export type DueDelivery = {
  deviceId: string;
  feedbackId: string;
  checkId: string;
  deliveryKey: string;
  attempts: number;
  feedbackPayload: string;
  checkPayload: string | null;
};

/** Pending and retrying records due by `nowMs`, the longest waiting first, with what they were built from. */
export const dueDeliveries = (db: Db, nowMs: number, limit: number): DueDelivery[] =>
  db
    .prepare(
      `SELECT d.device_id AS "deviceId", d.feedback_id AS "feedbackId", d.check_id AS "checkId",
         d.delivery_key AS "deliveryKey", d.attempts, f.payload AS "feedbackPayload", c.payload AS "checkPayload"
       FROM feedback_deliveries d
       JOIN platform_feedback f ON f.device_id = d.device_id AND f.feedback_id = d.feedback_id
       LEFT JOIN platform_checks c ON c.device_id = d.device_id AND c.check_id = d.check_id
       WHERE d.state IN ('pending', 'retrying') AND d.next_attempt_ms <= ?
       ORDER BY d.next_attempt_ms, d.revision LIMIT ?`,
    )
    .all(nowMs, limit) as DueDelivery[];

/** Records one attempt's outcome; the row's revision moves so devices see the change. */
export function settleAttempt(
  db: Db,
  key: { deviceId: string; feedbackId: string },
  outcome:
    | { state: 'delivered'; at: string }
    | {
        state: Exclude<DeliveryState, 'delivered' | 'pending'>;
        at: string;
        error: string;
        nextMs: number | null;
      },
): void {
  db.transaction(() => {
    db.prepare(
      `UPDATE feedback_deliveries SET state = @state, attempts = attempts + 1, updated_at = @at,
         delivered_at = @deliveredAt, last_error = @error, next_attempt_ms = @nextMs, revision = @revision
       WHERE device_id = @deviceId AND feedback_id = @feedbackId AND state IN ('pending', 'retrying')`,
    ).run({
      ...key,
      state: outcome.state,
      at: outcome.at,
      deliveredAt: outcome.state === 'delivered' ? outcome.at : null,
      error: outcome.state === 'delivered' ? null : outcome.error.slice(0, 500),
      nextMs: outcome.state === 'delivered' ? null : outcome.nextMs,
      revision: nextRevision(db),
    });
  })();
}

type Row = FeedbackDelivery & { revision: number };

/** One device's records changed after `after` (a revision), oldest change first. */
export const deliveriesAfter = (db: Db, deviceId: string, after: number, limit: number): Row[] =>
  db
    .prepare(
      `SELECT feedback_id AS "feedbackId", check_id AS "checkId", state, attempts, delivered_at AS "deliveredAt",
         last_error AS "lastError", updated_at AS "updatedAt", revision
       FROM feedback_deliveries WHERE device_id = ? AND revision > ? ORDER BY revision LIMIT ?`,
    )
    .all(deviceId, after, limit) as Row[];

/** Every record's state (operators, tests). */
export const deliveryStates = (db: Db): (Row & { deviceId: string; deliveryKey: string })[] =>
  db
    .prepare(
      `SELECT device_id AS "deviceId", delivery_key AS "deliveryKey", feedback_id AS "feedbackId", check_id AS "checkId",
         state, attempts, delivered_at AS "deliveredAt", last_error AS "lastError", updated_at AS "updatedAt", revision
       FROM feedback_deliveries ORDER BY revision`,
    )
    .all() as (Row & { deviceId: string; deliveryKey: string })[];
