// Frozen SQL shared by a client and a platform migration: text only, no imports, never edited once released.

/**
 * The workflow tables and the rule tables, exactly as the platform holds them (client migration 6 and platform
 * migration 5 both run this DDL, so a feed row maps 1:1 onto a row). Released: never edit, add a migration instead.
 * Row mapping: shared/platform-api/workflow.ts.
 */
export const workflowTablesDdl = `
  CREATE TABLE commitments (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE CHECK (length(code) = 20),
    committer_name TEXT NOT NULL,
    committer_kind TEXT NOT NULL CHECK (committer_kind IN ('legal-person', 'individual-business', 'natural-person')),
    committer_identifier TEXT NOT NULL,
    identifier_kind TEXT NOT NULL CHECK (identifier_kind IN ('uscc', 'citizen-id')),
    subject_id TEXT,
    type TEXT NOT NULL CHECK (type IN ('approval-substitute', 'missing-documents', 'certification',
      'credit-repair', 'self-discipline', 'voluntary', 'other')),
    reason TEXT NOT NULL,
    content TEXT NOT NULL,
    liability TEXT NOT NULL,
    made_on TEXT NOT NULL,
    valid_until TEXT,
    matter_code TEXT NOT NULL,
    case_number TEXT,
    recognising_unit_name TEXT NOT NULL,
    recognising_unit_code TEXT NOT NULL,
    accepting_unit_name TEXT NOT NULL,
    accepting_unit_code TEXT NOT NULL,
    publicity TEXT NOT NULL CHECK (publicity IN ('public', 'restricted', 'private')),
    verify_by TEXT NOT NULL,
    check_id TEXT,
    state TEXT NOT NULL CHECK (state IN ('pending', 'verified')),
    fulfilment TEXT CHECK (fulfilment IN ('fulfilled', 'partial', 'unfulfilled')),
    unfulfilled_content TEXT,
    liability_pursued TEXT,
    false_commitment INTEGER CHECK (false_commitment IN (0, 1)),
    verified_on TEXT,
    verified_by TEXT,
    repair_id TEXT,
    record_id TEXT,
    operator TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL CHECK (version > 0),
    CHECK ((state = 'verified') = (fulfilment IS NOT NULL))
  ) STRICT;
  CREATE INDEX commitments_by_verify_by ON commitments (state, verify_by);
  CREATE INDEX commitments_by_identifier ON commitments (committer_identifier);
  CREATE INDEX commitments_by_subject ON commitments (subject_id);

  CREATE TABLE repair_applications (
    id TEXT PRIMARY KEY,
    subject_id TEXT NOT NULL,
    applicant_name TEXT NOT NULL,
    applicant_identifier TEXT NOT NULL,
    handler_name TEXT NOT NULL,
    handler_phone TEXT,
    target_table TEXT NOT NULL CHECK (target_table IN ('credit_records', 'list_entries')),
    target_id TEXT NOT NULL,
    target_title TEXT NOT NULL,
    reasons TEXT NOT NULL,
    requested_outcome TEXT NOT NULL,
    attachments TEXT NOT NULL CHECK (json_valid(attachments)),
    commitment_id TEXT,
    eligibility TEXT NOT NULL CHECK (json_valid(eligibility)),
    state TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'accepted', 'refused', 'reviewing', 'granted', 'denied')),
    state_entered_on TEXT NOT NULL,
    history TEXT NOT NULL CHECK (json_valid(history)),
    outcome TEXT CHECK (outcome IN ('stop-publication', 'remove-from-list', 'annotate', 'mask', 'delete')),
    decision_reason TEXT,
    accepting_unit TEXT NOT NULL,
    operator TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL CHECK (version > 0)
  ) STRICT;
  CREATE INDEX repair_applications_by_state ON repair_applications (state, created_at);
  CREATE INDEX repair_applications_by_target ON repair_applications (target_table, target_id);

  CREATE TABLE rule_tables (
    id TEXT PRIMARY KEY,
    version TEXT NOT NULL,
    content TEXT NOT NULL CHECK (json_valid(content)),
    updated_at TEXT NOT NULL
  ) STRICT;
`;

/** What the repair rules and the commitment route need of a credit record (nullable: older rows lack them). */
export const creditRecordColumnsDdl = `
  ALTER TABLE credit_records ADD COLUMN severity TEXT
    CHECK (severity IN ('minor', 'general', 'serious', 'specific-serious'));
  ALTER TABLE credit_records ADD COLUMN domain TEXT;
  ALTER TABLE credit_records ADD COLUMN commitment_id TEXT;
  ALTER TABLE credit_records ADD COLUMN commitment_failure TEXT
    CHECK (commitment_failure IN ('false', 'unfulfilled', 'partial'));
  ALTER TABLE credit_records ADD COLUMN repair_outcome TEXT
    CHECK (repair_outcome IN ('stop-publication', 'remove-from-list', 'annotate', 'mask', 'delete'));
  ALTER TABLE credit_records ADD COLUMN repaired_on TEXT;
`;
