import type { Db } from '../../../node-shared/db/connection';
import type { Migration } from '../../../node-shared/db/migrate';

/**
 * Grade results join the synced tables: subject_grades (the client's migration 12 creates the very same
 * columns), its feed view and change-log triggers; and the report registry keeps the 授权 of a natural
 * person's report as the window recorded it.
 *
 * subjects.grade, which stood for three different results at once, stays as a released column that nothing
 * reads any more. Its values are left as they are: every one of them was synthetic (the demo data set and the
 * city generator were its only writers; the department import never set it), and none says which scheme,
 * evaluator or date it belonged to, so moving them into subject_grades would invent exactly what this table
 * exists to record. Clearing them would only churn the feed (and flag checks for review) for nothing.
 *
 * Self-contained: SQL and this file's own lists only. The change log's CHECK (tbl IN …) cannot be altered in
 * place, so the log is rebuilt as migration 5 did (every seq and the AUTOINCREMENT counter kept); the change
 * triggers of every synced table are dropped first and recreated after, since they write to the log.
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
  'subject_grades',
];

const keyOf = (table: string): string =>
  ['list_types', 'matter_categories', 'matters', 'measures'].includes(table) ? 'code' : 'id';

const gradeColumns = [
  'id',
  'subject_id',
  'scheme',
  'grade',
  'evaluator',
  'evaluated_on',
  'valid_until',
  'source',
];

const subjectGrades = `
  CREATE TABLE subject_grades (
    id TEXT PRIMARY KEY,
    subject_id TEXT NOT NULL REFERENCES subjects (id) ON DELETE CASCADE,
    scheme TEXT NOT NULL,
    grade TEXT NOT NULL,
    evaluator TEXT NOT NULL,
    evaluated_on TEXT NOT NULL,
    valid_until TEXT,
    source TEXT NOT NULL
  ) STRICT;
  CREATE INDEX subject_grades_by_subject ON subject_grades (subject_id, scheme);
  CREATE INDEX subject_grades_by_scheme ON subject_grades (scheme, subject_id);
  CREATE VIEW feed_subject_grades AS SELECT id AS key, json_object(${gradeColumns
    .map((column) => `'${column}', ${column}`)
    .join(', ')}) AS row FROM subject_grades;
`;

const triggerNames = (table: string): string[] =>
  ['insert', 'update', 'delete'].map((event) => `${table}_log_${event}`);

/** The change-log triggers of migrations 1 and 5, for every synced table. */
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

export const gradesAndReportAuthorisation: Migration = {
  version: 11,
  name: 'grades-and-report-authorisation',
  up: (db) => {
    const existing = tableNames.filter((table) => table !== 'subject_grades');
    for (const table of existing) triggerNames(table).forEach((name) => db.exec(`DROP TRIGGER ${name}`));
    db.exec(subjectGrades);
    rebuildChanges(db);
    tableNames.forEach((table) => db.exec(changeTriggers(table)));
    db.exec(`ALTER TABLE reports ADD COLUMN authorisation TEXT
      CHECK (authorisation IS NULL OR json_valid(authorisation))`);
  },
};
