import { creditRecordColumnsDdl, workflowTablesDdl } from '../../../node-shared/db/frozen/workflow-tables-v1';
import type { Db } from '../../../node-shared/db/connection';
import type { Migration } from '../../../node-shared/db/migrate';

/**
 * Commitments, repair applications and rule tables join the synced tables (the client's own DDL, run as is, so
 * a feed row maps 1:1 onto its row), credit records gain their workflow columns, devices get the number behind
 * their commitment codes, and an outbox entry may now be answered 'conflict'.
 *
 * The new tables and credit_records' new columns run the frozen DDL client migration 6 also runs
 * (node-shared/db/frozen/workflow-tables-v1.ts), so both sides create the very same columns. Both
 * migrations are released and never edited (a change is a new migration on each side); the column lists
 * below are this file's own (nothing from 0001), and integration/synced-schema.test.ts compares the
 * column sets of the two databases table by table.
 */

const tableNames = [
  'list_types',
  'matter_categories',
  'matters',
  'measures',
  'subjects',
  'list_entries',
  'credit_records',
  'commitments',
  'repair_applications',
  'rule_tables',
];

const creditRecordColumns = [
  'id',
  'subject_id',
  'category',
  'title',
  'content',
  'source_department',
  'decision_number',
  'decision_on',
  'publication_ends_on',
  'status',
  'severity',
  'domain',
  'commitment_id',
  'commitment_failure',
  'repair_outcome',
  'repaired_on',
];

const commitmentColumns = [
  'id',
  'code',
  'committer_name',
  'committer_kind',
  'committer_identifier',
  'identifier_kind',
  'subject_id',
  'type',
  'reason',
  'content',
  'liability',
  'made_on',
  'valid_until',
  'matter_code',
  'case_number',
  'recognising_unit_name',
  'recognising_unit_code',
  'accepting_unit_name',
  'accepting_unit_code',
  'publicity',
  'verify_by',
  'check_id',
  'state',
  'fulfilment',
  'unfulfilled_content',
  'liability_pursued',
  'false_commitment',
  'verified_on',
  'verified_by',
  'repair_id',
  'record_id',
  'operator',
  'created_at',
  'updated_at',
  'version',
];

const repairColumns = [
  'id',
  'subject_id',
  'applicant_name',
  'applicant_identifier',
  'handler_name',
  'handler_phone',
  'target_table',
  'target_id',
  'target_title',
  'reasons',
  'requested_outcome',
  'attachments',
  'commitment_id',
  'eligibility',
  'state',
  'state_entered_on',
  'history',
  'outcome',
  'decision_reason',
  'accepting_unit',
  'operator',
  'created_at',
  'updated_at',
  'version',
];

/** The feed views this migration (re)creates. JSON columns (attachments, history, content …) go in as text. */
const newViews: Record<string, string[]> = {
  credit_records: creditRecordColumns,
  commitments: commitmentColumns,
  repair_applications: repairColumns,
  rule_tables: ['id', 'version', 'content', 'updated_at'],
};

const keyOf = (table: string): string =>
  ['list_types', 'matter_categories', 'matters', 'measures'].includes(table) ? 'code' : 'id';

const feedView = (table: string, columns: string[]): string =>
  `CREATE VIEW feed_${table} AS SELECT id AS key, json_object(${columns
    .map((column) => `'${column}', ${column}`)
    .join(', ')}) AS row FROM ${table};`;

const triggerNames = (table: string): string[] =>
  ['insert', 'update', 'delete'].map((event) => `${table}_log_${event}`);

/** The change-log triggers of 0001, for every synced table (see its comment). */
function changeTriggers(table: string): string {
  const key = keyOf(table);
  const upsert = `INSERT INTO changes (tbl, op, key, row)
      SELECT '${table}', 'upsert', key, row FROM feed_${table} WHERE key = NEW.${key};`;
  return `
  CREATE TRIGGER ${table}_log_insert AFTER INSERT ON ${table} BEGIN
    ${upsert}
  END;
  CREATE TRIGGER ${table}_log_update AFTER UPDATE ON ${table} BEGIN
    INSERT INTO changes (tbl, op, key, row) SELECT '${table}', 'delete', OLD.${key}, NULL WHERE OLD.${key} IS NOT NEW.${key};
    ${upsert}
  END;
  CREATE TRIGGER ${table}_log_delete AFTER DELETE ON ${table} BEGIN
    INSERT INTO changes (tbl, op, key, row) VALUES ('${table}', 'delete', OLD.${key}, NULL);
  END;`;
}

/**
 * The change log's CHECK (tbl IN …) cannot be altered in place: the table is rebuilt, every seq kept, and the
 * AUTOINCREMENT counter carried over so a new change never reuses a seq a client may already have seen.
 */
function rebuildChanges(db: Db): void {
  const counter = db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'changes'").get() as
    { seq: number } | undefined;
  db.exec(`
    CREATE TABLE changes_next (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      tbl TEXT NOT NULL CHECK (tbl IN (${tableNames.map((name) => `'${name}'`).join(', ')})),
      op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
      key TEXT NOT NULL,
      row TEXT CHECK (row IS NULL OR json_valid(row)),
      CHECK ((op = 'delete') = (row IS NULL))
    ) STRICT;
    INSERT INTO changes_next (seq, tbl, op, key, row) SELECT seq, tbl, op, key, row FROM changes ORDER BY seq;
    DROP TABLE changes;
    ALTER TABLE changes_next RENAME TO changes;
    CREATE TRIGGER changes_append_only BEFORE UPDATE ON changes
      BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
  `);
  if (counter === undefined) return;
  const raised = db
    .prepare("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'changes'")
    .run(counter.seq);
  if (raised.changes === 0)
    db.prepare("INSERT INTO sqlite_sequence (name, seq) VALUES ('changes', ?)").run(counter.seq);
}

/** device_mutations' status CHECK gains 'conflict' (a retry of a refused edit gets the same answer again). */
function rebuildDeviceMutations(db: Db): void {
  db.exec(`
    CREATE TABLE device_mutations_next (
      device_id TEXT NOT NULL REFERENCES devices (id),
      mutation_id INTEGER NOT NULL CHECK (mutation_id > 0),
      kind TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('applied', 'rejected', 'conflict')),
      result TEXT NOT NULL CHECK (json_valid(result)),
      received_at TEXT NOT NULL,
      fingerprint TEXT,
      PRIMARY KEY (device_id, mutation_id)
    ) STRICT, WITHOUT ROWID;
    INSERT INTO device_mutations_next (device_id, mutation_id, kind, status, result, received_at, fingerprint)
      SELECT device_id, mutation_id, kind, status, result, received_at, fingerprint FROM device_mutations;
    DROP TABLE device_mutations;
    ALTER TABLE device_mutations_next RENAME TO device_mutations;
  `);
}

/** Devices enrolled before get 1, 2, 3 … in order of enrolment (a city has far fewer than 999 windows). */
const deviceNumbers = `
  ALTER TABLE devices ADD COLUMN number INTEGER CHECK (number BETWEEN 1 AND 999);
  CREATE UNIQUE INDEX devices_by_number ON devices (number);
  WITH ranked AS (SELECT id, row_number() OVER (ORDER BY enrolled_at, id) AS n FROM devices)
  UPDATE devices SET number = ranked.n FROM ranked WHERE ranked.id = devices.id AND ranked.n <= 999;
`;

export const commitmentsAndRepairs: Migration = {
  version: 5,
  name: 'commitments-and-repairs',
  up: (db) => {
    // Off while the log and credit_records are rebuilt and altered; recreated below for every table.
    for (const table of tableNames.slice(0, 7))
      triggerNames(table).forEach((name) => db.exec(`DROP TRIGGER ${name}`));
    db.exec('DROP VIEW feed_credit_records');
    db.exec(workflowTablesDdl);
    db.exec(creditRecordColumnsDdl);
    rebuildChanges(db);
    for (const [table, columns] of Object.entries(newViews)) db.exec(feedView(table, columns));
    tableNames.forEach((table) => db.exec(changeTriggers(table)));
    db.exec(deviceNumbers);
    rebuildDeviceMutations(db);
  },
};
