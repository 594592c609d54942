// Frozen SQL shared by a client and a platform migration: text only, no imports, never edited once released.

/**
 * Objections (异议处理), a synced workflow item, as client migration 18 and platform migration 17 both create
 * them (written at depth 0). The records objected to, the applicant, the attachments, the history, the routing
 * and the decision are JSON text. Released: never edit, add a migration instead.
 */
export const objectionsTableV1 = `CREATE TABLE objections (
  id TEXT PRIMARY KEY,
  subject_id TEXT NOT NULL,
  subject_name TEXT NOT NULL,
  check_id TEXT,
  targets TEXT NOT NULL CHECK (json_valid(targets)),
  grounds TEXT NOT NULL CHECK (grounds IN ('error-or-omission', 'overdue-publication', 'should-not-publish', 'other')),
  statement TEXT NOT NULL,
  applicant TEXT NOT NULL CHECK (json_valid(applicant)),
  attachments TEXT NOT NULL CHECK (json_valid(attachments)),
  truthfulness_pledged INTEGER NOT NULL CHECK (truthfulness_pledged = 1),
  accepting_unit TEXT NOT NULL,
  accepting_unit_code TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('submitted', 'routed', 'decided', 'rejected', 'withdrawn')),
  state_entered_on TEXT NOT NULL,
  routed_to TEXT NOT NULL CHECK (json_valid(routed_to)),
  extended INTEGER NOT NULL CHECK (extended IN (0, 1)),
  history TEXT NOT NULL CHECK (json_valid(history)),
  decision TEXT CHECK (decision IS NULL OR json_valid(decision)),
  closing_reason TEXT,
  operator TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version > 0)
) STRICT;
CREATE INDEX objections_by_subject ON objections (subject_id, state);
CREATE INDEX objections_by_state ON objections (state, created_at);
`;
