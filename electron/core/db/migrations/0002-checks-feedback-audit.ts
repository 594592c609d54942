import type { Migration } from '../../../../node-shared/db/migrate';

/** The clerk's evidence: checks, their feedback and the audit log. Append-only, enforced by triggers. */
export const checksFeedbackAudit: Migration = {
  version: 2,
  name: 'checks-feedback-audit',
  up: (db) => {
    db.exec(`
      CREATE TABLE checks (
        id TEXT PRIMARY KEY,
        checked_at TEXT NOT NULL,
        operator TEXT NOT NULL,
        case_number TEXT NOT NULL,
        matter_code TEXT NOT NULL,
        subject_id TEXT,
        subject_name TEXT,
        identifier TEXT NOT NULL,
        identifier_masked TEXT NOT NULL,
        verdict TEXT NOT NULL CHECK (verdict IN ('proceed', 'incentive', 'punishment', 'review')),
        found INTEGER NOT NULL CHECK (found IN (0, 1)),
        stale INTEGER NOT NULL CHECK (stale IN (0, 1)),
        overridden INTEGER NOT NULL CHECK (overridden IN (0, 1)),
        feedback_required INTEGER NOT NULL,
        cache_as_of TEXT,
        evidence TEXT NOT NULL
      ) STRICT;
      CREATE INDEX checks_by_time ON checks (checked_at);
      CREATE INDEX checks_by_matter ON checks (matter_code, checked_at);
      CREATE INDEX checks_by_subject ON checks (subject_id);

      CREATE TABLE check_feedback (
        id TEXT PRIMARY KEY,
        check_id TEXT NOT NULL REFERENCES checks (id),
        hit_key TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('punished', 'incentivized', 'none')),
        measure_codes TEXT NOT NULL,
        reason TEXT,
        result TEXT NOT NULL,
        amount REAL,
        legal_basis TEXT NOT NULL,
        department TEXT NOT NULL,
        district_code TEXT NOT NULL,
        acted_at TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        operator TEXT NOT NULL
      ) STRICT;
      CREATE INDEX check_feedback_by_check ON check_feedback (check_id, hit_key);

      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        target_type TEXT NOT NULL,
        target_id TEXT,
        case_number TEXT,
        purpose TEXT,
        detail TEXT NOT NULL
      ) STRICT;

      CREATE TRIGGER checks_append_only_update BEFORE UPDATE ON checks
        BEGIN SELECT RAISE(ABORT, 'checks are append-only'); END;
      CREATE TRIGGER checks_append_only_delete BEFORE DELETE ON checks
        BEGIN SELECT RAISE(ABORT, 'checks are append-only'); END;
      CREATE TRIGGER check_feedback_append_only_update BEFORE UPDATE ON check_feedback
        BEGIN SELECT RAISE(ABORT, 'feedback is append-only'); END;
      CREATE TRIGGER check_feedback_append_only_delete BEFORE DELETE ON check_feedback
        BEGIN SELECT RAISE(ABORT, 'feedback is append-only'); END;
      CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
      CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    `);
  },
};
