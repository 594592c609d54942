import type { Migration } from '../../../../node-shared/db/migrate';

/**
 * Issue 10's check rules. Synced columns (the platform's migration 9 adds the same, and marks 第2类 measures
 * supervisory as this does): a measure's scope (the window's, or the supervising department's: 监管提示) and the
 * legal representative's 公民身份号码. The check's own
 * evidence: a re-check points at the check of the same approval it re-examines (the earlier one is then
 * superseded: its duties move to the new one), counts the feedback carried over, and says whether an external
 * query is required; the external queries attached to a check are append-only evidence like feedback.
 * Released: never edit, add a migration instead.
 */
export const checkRules: Migration = {
  version: 12,
  name: 'check-rules',
  up: (db) => {
    db.exec(`
      ALTER TABLE measures ADD COLUMN scope TEXT NOT NULL DEFAULT 'window'
        CHECK (scope IN ('window', 'supervisory'));
      ALTER TABLE subjects ADD COLUMN legal_representative_id TEXT;
      -- 第2类 management measures are the supervising department's (DOMAIN.md); the platform marks them alike.
      UPDATE measures SET scope = 'supervisory' WHERE measure_class = '2';

      ALTER TABLE checks ADD COLUMN recheck_of TEXT REFERENCES checks (id);
      ALTER TABLE checks ADD COLUMN feedback_carried INTEGER NOT NULL DEFAULT 0 CHECK (feedback_carried >= 0);
      ALTER TABLE checks ADD COLUMN external_query_required INTEGER NOT NULL DEFAULT 0
        CHECK (external_query_required IN (0, 1));
      CREATE INDEX checks_by_approval ON checks (case_number, matter_code, identifier);
      CREATE UNIQUE INDEX checks_by_recheck ON checks (recheck_of) WHERE recheck_of IS NOT NULL;

      CREATE TABLE check_external_queries (
        id TEXT PRIMARY KEY,
        check_id TEXT NOT NULL REFERENCES checks (id),
        channel TEXT NOT NULL,
        queried_at TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('clear', 'found')),
        summary TEXT NOT NULL,
        attachments TEXT NOT NULL CHECK (json_valid(attachments)),
        recorded_at TEXT NOT NULL,
        operator TEXT NOT NULL
      ) STRICT;
      CREATE INDEX check_external_queries_by_check ON check_external_queries (check_id);
      CREATE TRIGGER check_external_queries_append_only_update BEFORE UPDATE ON check_external_queries
        BEGIN SELECT RAISE(ABORT, 'external queries are append-only'); END;
      CREATE TRIGGER check_external_queries_append_only_delete BEFORE DELETE ON check_external_queries
        BEGIN SELECT RAISE(ABORT, 'external queries are append-only'); END;
    `);
  },
};
