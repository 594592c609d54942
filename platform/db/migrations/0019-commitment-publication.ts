import type { Migration } from '../../../node-shared/db/migrate';

/**
 * Publication of commitments (issue 15 item 4): a commitment whose 公开类型 is 可向社会公开 is on the public page
 * and in the export for 信用中国 unless a reviewer withdrew it from publication. Every withdrawal and
 * re-publication is an event, kept for good (append-only): who, when, why. The latest event of a commitment is
 * its state; none means published. Self-contained: plain SQL only.
 */
export const commitmentPublication: Migration = {
  version: 19,
  name: 'commitment-publication',
  up: (db) => {
    db.exec(`
      CREATE TABLE commitment_publication_events (
        id INTEGER PRIMARY KEY,
        commitment_id TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('withdraw', 'republish')),
        reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
        actor TEXT NOT NULL CHECK (length(actor) BETWEEN 1 AND 50),
        at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX commitment_publication_events_by_commitment
        ON commitment_publication_events (commitment_id, id);
      CREATE TRIGGER commitment_publication_events_append_only_update
        BEFORE UPDATE ON commitment_publication_events
        BEGIN SELECT RAISE(ABORT, 'commitment_publication_events is append-only'); END;
      CREATE TRIGGER commitment_publication_events_append_only_delete
        BEFORE DELETE ON commitment_publication_events
        BEGIN SELECT RAISE(ABORT, 'commitment_publication_events is append-only'); END;
    `);
  },
};
