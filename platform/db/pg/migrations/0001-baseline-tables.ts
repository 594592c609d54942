// Frozen once released: the PostgreSQL baseline is the SQLite schema of platform migrations 1–20 (tables, keys,
// CHECKs and indexes), typed for PostgreSQL. A later change is a new migration at the end of ./index.ts.

/**
 * Every text column compares byte by byte, as SQLite's BINARY collation does, whatever locale the cluster was
 * created with: ordered keys (feed snapshots, code ranges, ISO dates) sort the same on both engines.
 */
const TEXT = 'text COLLATE "C"';

/**
 * SQLite's json_valid, so the CHECKs read the same on both engines: a text column holding JSON stays text (the
 * feed splices it as is) and PostgreSQL still refuses a value that is not JSON. NULL stays NULL (a CHECK passes).
 */
const jsonValid = `
CREATE FUNCTION json_valid(value text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE STRICT AS $$
BEGIN
  PERFORM value::json;
  RETURN true;
EXCEPTION WHEN others THEN
  RETURN false;
END $$;`;

const registryTables = `
CREATE TABLE list_types (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('red', 'serious', 'abnormal')),
  authority TEXT NOT NULL
);
CREATE TABLE matter_categories (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL
);
CREATE TABLE matters (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  category TEXT NOT NULL REFERENCES matter_categories (code),
  department TEXT NOT NULL
);
CREATE TABLE measures (
  code TEXT PRIMARY KEY,
  list_type TEXT NOT NULL REFERENCES list_types (code),
  name TEXT NOT NULL,
  direction TEXT NOT NULL CHECK (direction IN ('incentive', 'punishment')),
  measure_class TEXT NOT NULL,
  legal_basis TEXT NOT NULL,
  effective_from TEXT NOT NULL,
  effective_to TEXT,
  matter_categories TEXT NOT NULL
    CHECK (json_valid(matter_categories) AND json_typeof(matter_categories::json) = 'array'
      AND json_array_length(matter_categories::json) > 0),
  scope TEXT NOT NULL DEFAULT 'window' CHECK (scope IN ('window', 'supervisory'))
);
CREATE INDEX measures_by_list_type ON measures (list_type);
CREATE TABLE subjects (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  identifier TEXT NOT NULL UNIQUE,
  identifier_kind TEXT NOT NULL CHECK (identifier_kind IN ('uscc', 'citizen-id')),
  kind TEXT NOT NULL CHECK (kind IN ('legal-person', 'individual-business', 'natural-person')),
  region_code TEXT NOT NULL,
  legal_representative TEXT,
  registered_on TEXT,
  address TEXT,
  status TEXT NOT NULL CHECK (status IN ('active', 'deregistered', 'revoked')),
  grade TEXT,
  updated_at TEXT NOT NULL,
  legal_representative_id TEXT
);
CREATE TABLE list_entries (
  id TEXT PRIMARY KEY,
  subject_id TEXT NOT NULL REFERENCES subjects (id) ON DELETE CASCADE,
  list_type TEXT NOT NULL REFERENCES list_types (code),
  listed_on TEXT NOT NULL,
  listing_unit TEXT NOT NULL,
  reason TEXT NOT NULL,
  document_number TEXT,
  expires_on TEXT,
  removed_on TEXT,
  status TEXT NOT NULL CHECK (status IN ('active', 'removed'))
);
CREATE INDEX list_entries_by_subject ON list_entries (subject_id);
CREATE TABLE credit_records (
  id TEXT PRIMARY KEY,
  subject_id TEXT NOT NULL REFERENCES subjects (id) ON DELETE CASCADE,
  category TEXT NOT NULL,
  title TEXT NOT NULL,
  content TEXT NOT NULL,
  source_department TEXT NOT NULL,
  decision_number TEXT,
  decision_on TEXT NOT NULL,
  publication_ends_on TEXT,
  status TEXT NOT NULL CHECK (status IN ('published', 'unpublished', 'repaired')),
  severity TEXT CHECK (severity IN ('minor', 'general', 'serious', 'specific-serious')),
  domain TEXT,
  commitment_id TEXT,
  commitment_failure TEXT CHECK (commitment_failure IN ('false', 'unfulfilled', 'partial')),
  repair_outcome TEXT CHECK (repair_outcome IN ('stop-publication', 'remove-from-list', 'annotate', 'mask', 'delete')),
  repaired_on TEXT,
  procedure TEXT CHECK (procedure IN ('simple', 'ordinary'))
);
CREATE INDEX credit_records_by_subject ON credit_records (subject_id);
CREATE TABLE subject_grades (
  id TEXT PRIMARY KEY,
  subject_id TEXT NOT NULL REFERENCES subjects (id) ON DELETE CASCADE,
  scheme TEXT NOT NULL,
  grade TEXT NOT NULL,
  evaluator TEXT NOT NULL,
  evaluated_on TEXT NOT NULL,
  valid_until TEXT,
  source TEXT NOT NULL
);
CREATE INDEX subject_grades_by_subject ON subject_grades (subject_id, scheme);
CREATE INDEX subject_grades_by_scheme ON subject_grades (scheme, subject_id);`;

const workflowTables = `
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
  false_commitment integer CHECK (false_commitment IN (0, 1)),
  verified_on TEXT,
  verified_by TEXT,
  repair_id TEXT,
  record_id TEXT,
  operator TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version integer NOT NULL CHECK (version > 0),
  CHECK ((state = 'verified') = (fulfilment IS NOT NULL))
);
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
  version integer NOT NULL CHECK (version > 0)
);
CREATE INDEX repair_applications_by_state ON repair_applications (state, created_at);
CREATE INDEX repair_applications_by_target ON repair_applications (target_table, target_id);
CREATE TABLE rule_tables (
  id TEXT PRIMARY KEY,
  version TEXT NOT NULL,
  content TEXT NOT NULL CHECK (json_valid(content)),
  updated_at TEXT NOT NULL
);
CREATE TABLE objections (
  id TEXT PRIMARY KEY,
  subject_id TEXT NOT NULL,
  subject_name TEXT NOT NULL,
  check_id TEXT,
  targets TEXT NOT NULL CHECK (json_valid(targets)),
  grounds TEXT NOT NULL CHECK (grounds IN ('error-or-omission', 'overdue-publication', 'should-not-publish', 'other')),
  statement TEXT NOT NULL,
  applicant TEXT NOT NULL CHECK (json_valid(applicant)),
  attachments TEXT NOT NULL CHECK (json_valid(attachments)),
  truthfulness_pledged integer NOT NULL CHECK (truthfulness_pledged = 1),
  accepting_unit TEXT NOT NULL,
  accepting_unit_code TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('submitted', 'routed', 'decided', 'rejected', 'withdrawn')),
  state_entered_on TEXT NOT NULL,
  routed_to TEXT NOT NULL CHECK (json_valid(routed_to)),
  extended integer NOT NULL CHECK (extended IN (0, 1)),
  history TEXT NOT NULL CHECK (json_valid(history)),
  decision TEXT CHECK (decision IS NULL OR json_valid(decision)),
  closing_reason TEXT,
  operator TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version integer NOT NULL CHECK (version > 0)
);
CREATE INDEX objections_by_subject ON objections (subject_id, state);
CREATE INDEX objections_by_state ON objections (state, created_at);
CREATE TABLE commitment_publication_events (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  commitment_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('withdraw', 'republish')),
  reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  actor TEXT NOT NULL CHECK (length(actor) BETWEEN 1 AND 50),
  at TEXT NOT NULL
);
CREATE INDEX commitment_publication_events_by_commitment ON commitment_publication_events (commitment_id, id);`;

const accessTables = `
CREATE TABLE devices (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),
  enrolled_at TEXT NOT NULL,
  number integer CHECK (number BETWEEN 1 AND 999),
  unit_code TEXT,
  unit_name TEXT,
  district_code TEXT,
  revoked_at TEXT,
  rotation_requested_at TEXT,
  next_token_hash TEXT
);
CREATE UNIQUE INDEX devices_by_number ON devices (number);
CREATE UNIQUE INDEX devices_next_token_hash ON devices (next_token_hash) WHERE next_token_hash IS NOT NULL;
CREATE TABLE enrolment_codes (
  code_hash TEXT PRIMARY KEY CHECK (length(code_hash) = 64),
  issued_at TEXT NOT NULL,
  used_at TEXT,
  device_id TEXT REFERENCES devices (id),
  unit_code TEXT,
  unit_name TEXT,
  district_code TEXT,
  expires_at TEXT,
  CHECK ((used_at IS NULL) = (device_id IS NULL))
);
CREATE TABLE users (
  username TEXT PRIMARY KEY,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor', 'admin')),
  department TEXT NOT NULL,
  district_code TEXT NOT NULL,
  password_hash TEXT NOT NULL CHECK (password_hash LIKE 'scrypt$%'),
  unit_code TEXT,
  active integer NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
CREATE TABLE user_tokens (
  token_hash TEXT PRIMARY KEY CHECK (length(token_hash) = 64),
  username TEXT NOT NULL REFERENCES users (username),
  device_id TEXT NOT NULL REFERENCES devices (id),
  issued_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX user_tokens_user ON user_tokens (username, device_id);
CREATE TABLE login_lockouts (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  scope TEXT NOT NULL CHECK (scope IN ('user', 'address')),
  subject TEXT NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
  failures integer NOT NULL CHECK (failures > 0),
  locked_at TEXT NOT NULL,
  locked_until TEXT NOT NULL CHECK (locked_until > locked_at),
  lifted_at TEXT,
  lifted_by TEXT,
  CHECK ((lifted_at IS NULL) = (lifted_by IS NULL))
);
CREATE INDEX login_lockouts_by_subject ON login_lockouts (scope, subject, locked_until);
CREATE INDEX login_lockouts_by_time ON login_lockouts (locked_at);`;

/**
 * device_mutations' primary key (device_id, mutation_id) is what makes a push exactly-once across processes:
 * two platform processes applying one mutation both try to insert this row in the transaction of its effects,
 * and PostgreSQL lets only one of them commit (the other waits on the key, then fails and answers the stored
 * result, see platform/outbox/apply-entry.ts).
 */
const evidenceTables = `
CREATE TABLE device_mutations (
  device_id TEXT NOT NULL REFERENCES devices (id),
  mutation_id bigint NOT NULL CHECK (mutation_id > 0),
  kind TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('applied', 'rejected', 'conflict')),
  result TEXT NOT NULL CHECK (json_valid(result)),
  received_at TEXT NOT NULL,
  fingerprint TEXT,
  PRIMARY KEY (device_id, mutation_id)
);
CREATE TABLE platform_checks (
  device_id TEXT NOT NULL REFERENCES devices (id),
  check_id TEXT NOT NULL,
  mutation_id bigint NOT NULL,
  checked_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  received_at TEXT NOT NULL,
  payload TEXT NOT NULL CHECK (json_valid(payload)),
  PRIMARY KEY (device_id, check_id)
);
CREATE INDEX platform_checks_by_time ON platform_checks (checked_at);
CREATE TABLE platform_feedback (
  device_id TEXT NOT NULL REFERENCES devices (id),
  feedback_id TEXT NOT NULL,
  check_id TEXT NOT NULL,
  mutation_id bigint NOT NULL,
  created_at TEXT NOT NULL,
  received_at TEXT NOT NULL,
  payload TEXT NOT NULL CHECK (json_valid(payload)),
  PRIMARY KEY (device_id, feedback_id)
);
CREATE INDEX platform_feedback_by_check ON platform_feedback (device_id, check_id);
CREATE TABLE platform_audit (
  device_id TEXT NOT NULL REFERENCES devices (id),
  mutation_id bigint NOT NULL,
  at TEXT NOT NULL,
  action TEXT NOT NULL,
  created_at TEXT NOT NULL,
  received_at TEXT NOT NULL,
  payload TEXT NOT NULL CHECK (json_valid(payload)),
  PRIMARY KEY (device_id, mutation_id)
);
CREATE INDEX platform_audit_by_time ON platform_audit (at);
CREATE INDEX platform_audit_by_chain_seq ON platform_audit (device_id, ((payload::jsonb -> 'seq')));
CREATE TABLE files (
  sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
  size bigint NOT NULL CHECK (size >= 0),
  stored_at TEXT NOT NULL
);
CREATE TABLE device_uploads (
  device_id TEXT NOT NULL,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  size bigint NOT NULL CHECK (size >= 0),
  uploaded_at TEXT NOT NULL,
  referenced_at TEXT,
  PRIMARY KEY (device_id, sha256)
);
CREATE INDEX device_uploads_unreferenced ON device_uploads (device_id) WHERE referenced_at IS NULL;
CREATE TABLE reports (
  number TEXT PRIMARY KEY CHECK (length(number) = 25),
  content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
  subject_id TEXT NOT NULL,
  subject_kind TEXT NOT NULL,
  subject_name TEXT NOT NULL,
  identifier TEXT NOT NULL,
  issuing_unit TEXT NOT NULL,
  issuing_unit_code TEXT NOT NULL,
  data_as_of TEXT NOT NULL,
  issued_at TEXT NOT NULL,
  issued_by TEXT NOT NULL,
  device_id TEXT NOT NULL REFERENCES devices (id),
  registered_at TEXT NOT NULL,
  authorisation TEXT CHECK (authorisation IS NULL OR json_valid(authorisation))
);
CREATE INDEX reports_by_subject ON reports (subject_id);
CREATE TABLE audit_chain_heads (
  device_id TEXT PRIMARY KEY REFERENCES devices (id),
  head_seq bigint NOT NULL DEFAULT 0 CHECK (head_seq >= 0),
  head_hash TEXT,
  broken_seq bigint CHECK (broken_seq IS NULL OR broken_seq > 0),
  broken_reason TEXT CHECK (broken_reason IN ('altered', 'removed', 'reordered', 'inserted')),
  broken_at TEXT,
  updated_at TEXT NOT NULL,
  CHECK ((broken_seq IS NULL) = (broken_reason IS NULL))
);
CREATE TABLE audit_chain_breaks (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  device_id TEXT NOT NULL REFERENCES devices (id),
  seq bigint NOT NULL CHECK (seq > 0),
  reason TEXT NOT NULL CHECK (reason IN ('altered', 'removed', 'reordered', 'inserted')),
  found_at TEXT NOT NULL,
  mutation_id bigint,
  UNIQUE (device_id, seq, reason)
);
CREATE TABLE platform_inspection_draws (
  device_id TEXT NOT NULL REFERENCES devices (id),
  draw_id TEXT NOT NULL,
  mutation_id bigint NOT NULL,
  number TEXT NOT NULL,
  drawn_at TEXT NOT NULL,
  region_code TEXT NOT NULL,
  matter_code TEXT NOT NULL,
  seed TEXT NOT NULL,
  pool_hash TEXT NOT NULL,
  reproduces integer CHECK (reproduces IN (0, 1)),
  created_at TEXT NOT NULL,
  received_at TEXT NOT NULL,
  payload TEXT NOT NULL CHECK (json_valid(payload)),
  PRIMARY KEY (device_id, draw_id)
);
CREATE INDEX platform_inspection_draws_by_time ON platform_inspection_draws (drawn_at);
CREATE TABLE platform_inspection_results (
  device_id TEXT NOT NULL,
  result_id TEXT NOT NULL,
  mutation_id bigint NOT NULL,
  draw_id TEXT NOT NULL,
  subject_id TEXT NOT NULL,
  revision integer NOT NULL CHECK (revision >= 1),
  inspected_on TEXT NOT NULL,
  outcome_code TEXT NOT NULL,
  problem_found integer NOT NULL CHECK (problem_found IN (0, 1)),
  created_at TEXT NOT NULL,
  received_at TEXT NOT NULL,
  payload TEXT NOT NULL CHECK (json_valid(payload)),
  PRIMARY KEY (device_id, result_id),
  UNIQUE (device_id, draw_id, subject_id, revision),
  FOREIGN KEY (device_id, draw_id) REFERENCES platform_inspection_draws (device_id, draw_id)
);
CREATE TABLE platform_external_queries (
  device_id TEXT NOT NULL REFERENCES devices (id),
  query_id TEXT NOT NULL,
  check_id TEXT NOT NULL,
  mutation_id bigint NOT NULL,
  created_at TEXT NOT NULL,
  received_at TEXT NOT NULL,
  payload TEXT NOT NULL CHECK (json_valid(payload)),
  PRIMARY KEY (device_id, query_id)
);
CREATE INDEX platform_external_queries_by_check ON platform_external_queries (device_id, check_id);
CREATE TABLE feedback_deliveries (
  device_id TEXT NOT NULL REFERENCES devices (id),
  feedback_id TEXT NOT NULL,
  check_id TEXT NOT NULL,
  delivery_key TEXT NOT NULL UNIQUE,
  state TEXT NOT NULL CHECK (state IN ('pending', 'retrying', 'delivered', 'dead')),
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_ms bigint,
  last_error TEXT,
  delivered_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  revision bigint NOT NULL UNIQUE,
  PRIMARY KEY (device_id, feedback_id)
);
CREATE INDEX feedback_deliveries_due ON feedback_deliveries (next_attempt_ms) WHERE state IN ('pending', 'retrying');
CREATE INDEX feedback_deliveries_by_device ON feedback_deliveries (device_id, revision);
CREATE TABLE external_query_log (
  id TEXT PRIMARY KEY,
  device_id TEXT NOT NULL REFERENCES devices (id),
  check_id TEXT,
  channel TEXT NOT NULL,
  identifier_kind TEXT NOT NULL,
  identifier_value TEXT NOT NULL,
  subject_name TEXT NOT NULL,
  asked_at TEXT NOT NULL,
  answered_at TEXT NOT NULL,
  adapter TEXT NOT NULL,
  error_code TEXT,
  answer TEXT CHECK (answer IS NULL OR json_valid(answer)),
  CHECK ((error_code IS NULL) <> (answer IS NULL))
);
CREATE INDEX external_query_log_by_device ON external_query_log (device_id, asked_at);`;

/** The baseline's tables and indexes, every TEXT column bytewise (see TEXT above). */
export const baselineTables = [
  jsonValid,
  ...[registryTables, workflowTables, accessTables, evidenceTables].map((sql) =>
    sql.replace(/\bTEXT\b/g, TEXT),
  ),
].join('\n');
