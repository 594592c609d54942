import type { Migration } from '../../../node-shared/db/migrate';

/**
 * The queue of feedback records to forward to the provincial 联合奖惩 system (platform/forwarding/): one row per
 * received feedback record, written in the transaction that files the feedback, so none is lost between receipt
 * and delivery. `delivery_key` is sent with every attempt so the receiver keeps a record once however often it
 * arrives. `next_attempt_ms` (epoch ms) is when a pending or retrying row is due; `revision` grows with every
 * change of a row and is the cursor devices read their rows' states by. Feedback received before this migration
 * is queued too (every check's 反馈 is forwarded).
 *
 * Numbered 0018 by the issue-15 plan (0017 is the objections migration); its `version` is its place in the list.
 */
export const feedbackForwarding: Migration = {
  version: 18,
  name: 'feedback-forwarding',
  up: (db) => {
    db.exec(`
      CREATE TABLE feedback_deliveries (
        device_id TEXT NOT NULL REFERENCES devices (id),
        feedback_id TEXT NOT NULL,
        check_id TEXT NOT NULL,
        delivery_key TEXT NOT NULL UNIQUE,
        state TEXT NOT NULL CHECK (state IN ('pending', 'retrying', 'delivered', 'dead')),
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        next_attempt_ms INTEGER,
        last_error TEXT,
        delivered_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        revision INTEGER NOT NULL UNIQUE,
        PRIMARY KEY (device_id, feedback_id)
      ) STRICT;
      CREATE INDEX feedback_deliveries_due ON feedback_deliveries (next_attempt_ms)
        WHERE state IN ('pending', 'retrying');
      CREATE INDEX feedback_deliveries_by_device ON feedback_deliveries (device_id, revision);
      INSERT INTO feedback_deliveries (device_id, feedback_id, check_id, delivery_key, state, attempts,
          next_attempt_ms, created_at, updated_at, revision)
        SELECT device_id, feedback_id, check_id, device_id || ':' || feedback_id, 'pending', 0, 0, received_at,
          received_at, row_number() OVER (ORDER BY received_at, device_id, feedback_id)
        FROM platform_feedback;
    `);
  },
};
