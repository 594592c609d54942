// Frozen once released: the change log, feed views and triggers of the PostgreSQL baseline (platform migrations
// 1–20 on SQLite: frozen/change-log-v1.ts and the migrations that rebuilt the log), as PL/pgSQL.

/** The synced tables in feed order, each with the column that keys it. */
const synced: readonly (readonly [table: string, key: string])[] = [
  ['list_types', 'code'],
  ['matter_categories', 'code'],
  ['matters', 'code'],
  ['measures', 'code'],
  ['subjects', 'id'],
  ['list_entries', 'id'],
  ['credit_records', 'id'],
  ['commitments', 'id'],
  ['repair_applications', 'id'],
  ['rule_tables', 'id'],
  ['subject_grades', 'id'],
  ['objections', 'id'],
];

/** Each view's columns, in the order the SQLite views put them in a feed row. */
const viewColumns: Readonly<Record<string, string>> = {
  list_types: 'code, name, kind, authority',
  matter_categories: 'code, name',
  matters: 'code, name, category, department',
  measures:
    'code, list_type, name, direction, measure_class, legal_basis, effective_from, effective_to, scope, matter_categories',
  subjects:
    'id, name, identifier, identifier_kind, kind, region_code, legal_representative, legal_representative_id, registered_on, address, status, grade, updated_at',
  list_entries:
    'id, subject_id, list_type, listed_on, listing_unit, reason, document_number, expires_on, removed_on, status',
  credit_records:
    'id, subject_id, category, title, content, source_department, decision_number, decision_on, publication_ends_on, status, severity, domain, commitment_id, commitment_failure, repair_outcome, repaired_on, procedure',
  commitments:
    'id, code, committer_name, committer_kind, committer_identifier, identifier_kind, subject_id, type, reason, content, liability, made_on, valid_until, matter_code, case_number, recognising_unit_name, recognising_unit_code, accepting_unit_name, accepting_unit_code, publicity, verify_by, check_id, state, fulfilment, unfulfilled_content, liability_pursued, false_commitment, verified_on, verified_by, repair_id, record_id, operator, created_at, updated_at, version',
  repair_applications:
    'id, subject_id, applicant_name, applicant_identifier, handler_name, handler_phone, target_table, target_id, target_title, reasons, requested_outcome, attachments, commitment_id, eligibility, state, state_entered_on, history, outcome, decision_reason, accepting_unit, operator, created_at, updated_at, version',
  rule_tables: 'id, version, content, updated_at',
  subject_grades: 'id, subject_id, scheme, grade, evaluator, evaluated_on, valid_until, source',
  objections:
    'id, subject_id, subject_name, check_id, targets, grounds, statement, applicant, attachments, truthfulness_pledged, accepting_unit, accepting_unit_code, state, state_entered_on, routed_to, extended, history, decision, closing_reason, operator, created_at, updated_at, version',
};

/** A column inside a feed row: its value, except a measure's categories, which go in as JSON (a real array). */
const member = (table: string, column: string): string =>
  table === 'measures' && column === 'matter_categories'
    ? `'${column}', ${column}::json`
    : `'${column}', ${column}`;

/** A table's feed row (key + the text of a JSON object, snake_case as in the client), as on SQLite. */
const feedView = (table: string, key: string): string => {
  const members = (viewColumns[table] ?? '').split(', ').map((column) => member(table, column));
  return `CREATE VIEW feed_${table} AS SELECT ${key} AS key, json_build_object(${members.join(', ')})::text AS row FROM ${table};`;
};

/**
 * The key of the advisory lock every writer of the change log holds from taking its seq until its commit.
 * Why: a sequence alone hands out numbers in call order but transactions commit in any order, so a reader could
 * see seq 11 committed while 10 is still in flight, move its cursor past 10 and never read it. Holding one
 * transaction-scoped lock from nextval to commit makes the log's writers take seqs and commit one after the
 * other, across every process on the database: whatever seq a reader sees, every smaller seq is already
 * visible or gone for good (rolled back). Readers take no lock. A constant, so any process agrees on it.
 */
const FEED_LOCK = 1_616_161_616;

const changes = `
CREATE SEQUENCE changes_seq AS bigint;
CREATE TABLE changes (
  seq bigint PRIMARY KEY,
  tbl text COLLATE "C" NOT NULL CHECK (tbl IN (${synced.map(([table]) => `'${table}'`).join(', ')})),
  op text COLLATE "C" NOT NULL CHECK (op IN ('upsert', 'delete')),
  key text COLLATE "C" NOT NULL,
  row text COLLATE "C" CHECK (row IS NULL OR json_valid(row)),
  CHECK ((op = 'delete') = (row IS NULL))
);
ALTER SEQUENCE changes_seq OWNED BY changes.seq;

-- The seq is taken under the feed lock (see FEED_LOCK in the migration), by whoever inserts a change.
CREATE FUNCTION changes_take_seq() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.seq IS NULL THEN
    PERFORM pg_advisory_xact_lock(${FEED_LOCK});
    NEW.seq := nextval('changes_seq');
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER changes_take_seq BEFORE INSERT ON changes FOR EACH ROW EXECUTE FUNCTION changes_take_seq();

-- Waiters in any process LISTEN on feed_changed; PostgreSQL delivers it at commit, once per transaction.
CREATE FUNCTION changes_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('feed_changed', '');
  RETURN NULL;
END $$;
CREATE TRIGGER changes_notify AFTER INSERT ON changes FOR EACH STATEMENT EXECUTE FUNCTION changes_notify();

CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation';
END $$;
CREATE TRIGGER changes_append_only BEFORE UPDATE ON changes
  FOR EACH ROW EXECUTE FUNCTION refuse_change('the change log is append-only');

-- Every write to a synced table logs its change in the same transaction, as SQLite's triggers do: a key that
-- changes leaves a tombstone for the old key; the row is read from the table's feed view.
CREATE FUNCTION log_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  key_column text := TG_ARGV[0];
  old_key text;
  new_key text;
  new_row text;
BEGIN
  IF TG_OP <> 'INSERT' THEN old_key := to_jsonb(OLD) ->> key_column; END IF;
  IF TG_OP <> 'DELETE' THEN new_key := to_jsonb(NEW) ->> key_column; END IF;
  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND old_key IS DISTINCT FROM new_key) THEN
    INSERT INTO changes (tbl, op, key, row) VALUES (TG_TABLE_NAME, 'delete', old_key, NULL);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    EXECUTE format('SELECT row FROM %I WHERE key = $1', 'feed_' || TG_TABLE_NAME) INTO new_row USING new_key;
    INSERT INTO changes (tbl, op, key, row) VALUES (TG_TABLE_NAME, 'upsert', new_key, new_row);
  END IF;
  RETURN NULL;
END $$;`;

const changeTrigger = (table: string, key: string): string =>
  `CREATE TRIGGER ${table}_log AFTER INSERT OR UPDATE OR DELETE ON ${table}
  FOR EACH ROW EXECUTE FUNCTION log_change('${key}');`;

/**
 * A measure's categories are a sorted, distinct array of known codes (bytewise order, as SQLite sorts them), so
 * the feed and the checksum never depend on who wrote it and a client applying the feed never breaks its
 * foreign key; a category a measure still names cannot be deleted.
 */
const measureGuards = `
CREATE FUNCTION measures_categories_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.matter_categories::jsonb IS DISTINCT FROM (
       SELECT jsonb_agg(value ORDER BY value COLLATE "C")
       FROM (SELECT DISTINCT value FROM jsonb_array_elements_text(NEW.matter_categories::jsonb)) AS item)
     OR EXISTS (SELECT 1 FROM jsonb_array_elements(NEW.matter_categories::jsonb) AS item (value)
       WHERE jsonb_typeof(item.value) <> 'string'
         OR item.value #>> '{}' NOT IN (SELECT code FROM matter_categories)) THEN
    RAISE EXCEPTION 'measures.matter_categories must be a sorted, distinct array of known category codes'
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER measures_categories BEFORE INSERT OR UPDATE ON measures
  FOR EACH ROW EXECUTE FUNCTION measures_categories_guard();
CREATE FUNCTION matter_categories_in_use() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM measures WHERE matter_categories::jsonb ? OLD.code) THEN
    RAISE EXCEPTION 'FOREIGN KEY constraint failed: a measure still names this matter category'
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN OLD;
END $$;
CREATE TRIGGER matter_categories_in_use BEFORE DELETE ON matter_categories
  FOR EACH ROW EXECUTE FUNCTION matter_categories_in_use();`;

/** Evidence and registers that are never changed once written, with the message SQLite's triggers give. */
const appendOnly: readonly (readonly [table: string, message: string])[] = [
  ['platform_checks', 'platform_checks is append-only'],
  ['platform_feedback', 'platform_feedback is append-only'],
  ['platform_audit', 'platform_audit is append-only'],
  ['reports', 'registered reports are append-only'],
  ['platform_inspection_draws', 'platform_inspection_draws is append-only'],
  ['platform_external_queries', 'platform_external_queries is append-only'],
  ['platform_inspection_results', 'platform_inspection_results is append-only'],
  ['commitment_publication_events', 'commitment_publication_events is append-only'],
  ['external_query_log', 'external_query_log is append-only'],
];

const appendOnlyTrigger = ([table, message]: readonly [string, string]): string =>
  `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
  FOR EACH ROW EXECUTE FUNCTION refuse_change('${message}');`;

export const baselineFeed = [
  changes,
  ...synced.map(([table, key]) => feedView(table, key)),
  ...synced.map(([table, key]) => changeTrigger(table, key)),
  measureGuards,
  ...appendOnly.map(appendOnlyTrigger),
].join('\n');
