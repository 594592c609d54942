import type { Migration } from '../../../../node-shared/db/migrate';

/**
 * How this PC's feedback is getting on towards the provincial 联合奖惩 system, as the platform last told it (GET
 * feedback-deliveries, pulled at every sync): one row per feedback record, replaced by each newer state. Only
 * this device's records arrive (the platform answers per device token). The cursor is kept in meta
 * (feedback_deliveries_cursor).
 *
 * Numbered 0019 by the issue-15 plan (0018 is the objections migration); its `version` is its place in the list.
 */
export const feedbackDeliveries: Migration = {
  version: 19,
  name: 'feedback-deliveries',
  up: (db) => {
    db.exec(`
      CREATE TABLE feedback_deliveries (
        feedback_id TEXT PRIMARY KEY,
        check_id TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('pending', 'retrying', 'delivered', 'dead')),
        attempts INTEGER NOT NULL CHECK (attempts >= 0),
        delivered_at TEXT,
        last_error TEXT,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX feedback_deliveries_by_check ON feedback_deliveries (check_id);
    `);
  },
};
