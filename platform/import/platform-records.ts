// What the platform already holds under the decision numbers of a file, for the duplicate check.
import type { Db } from '../../node-shared/db/connection';
import { dialectOf } from '../../node-shared/db/dialect';
import type { ValidRow } from './validate-row';

export type HeldRecord = {
  identifier: string;
  category: string;
  title: string;
  content: string;
  sourceDepartment: string;
  decisionOn: string;
  publicationEndsOn: string | null;
  severity: string | null;
  domain: string | null;
  procedure: string | null;
};

/** The decision numbers, sent as one JSON array parameter, as a list of text values. */
const decisionNumberList = {
  sqlite: 'SELECT value FROM json_each(?)',
  postgres: 'SELECT json_array_elements_text(?::json)',
} as const;

/**
 * credit_records has no index on decision_number (the schema is the client's), so all numbers go in one query:
 * SQLite builds a temporary index of the IN list and reads the table once, whatever the size of the file.
 */
export function heldRecords(db: Db, decisionNumbers: readonly string[]): Map<string, HeldRecord[]> {
  const held = new Map<string, HeldRecord[]>();
  if (decisionNumbers.length === 0) return held;
  const rows = db
    .prepare(
      `SELECT r.decision_number AS "decisionNumber", s.identifier, r.category, r.title, r.content,
              r.source_department AS "sourceDepartment", r.decision_on AS "decisionOn",
              r.publication_ends_on AS "publicationEndsOn", r.severity, r.domain, r.procedure
         FROM credit_records r JOIN subjects s ON s.id = r.subject_id
        WHERE r.decision_number IN (${decisionNumberList[dialectOf(db)]})`,
    )
    .all(JSON.stringify(decisionNumbers)) as (HeldRecord & { decisionNumber: string })[];
  for (const { decisionNumber, ...record } of rows) {
    held.set(decisionNumber, [...(held.get(decisionNumber) ?? []), record]);
  }
  return held;
}

/** Same subject and same published facts; a record's status (stopped, repaired) is the platform's own. */
const sameFacts = (row: ValidRow, record: HeldRecord): boolean =>
  row.identifier === record.identifier &&
  row.category === record.category &&
  row.title === record.title &&
  row.content === record.content &&
  row.sourceDepartment === record.sourceDepartment &&
  row.decisionOn === record.decisionOn &&
  row.publicationEndsOn === record.publicationEndsOn;

const classes = ['severity', 'domain', 'procedure'] as const;

/**
 * The same record, classification (失信程度, 领域, 处罚程序) included — where the file gives it: a file without
 * those columns (or with an empty cell) says nothing against what the platform holds.
 */
export const sameRecord = (row: ValidRow, record: HeldRecord): boolean =>
  sameFacts(row, record) && classes.every((field) => row[field] === null || row[field] === record[field]);

/**
 * The same record where the file only adds classification the platform lacks (an earlier file without the
 * columns): written, filling in what was empty; a classification that contradicts the held one is not this.
 */
export const fillsIn = (row: ValidRow, record: HeldRecord): boolean =>
  sameFacts(row, record) &&
  classes.every((field) => row[field] === null || record[field] === null || row[field] === record[field]);

export const asHeld = (row: ValidRow): HeldRecord => ({
  identifier: row.identifier,
  category: row.category,
  title: row.title,
  content: row.content,
  sourceDepartment: row.sourceDepartment,
  decisionOn: row.decisionOn,
  publicationEndsOn: row.publicationEndsOn,
  severity: row.severity,
  domain: row.domain,
  procedure: row.procedure,
});
