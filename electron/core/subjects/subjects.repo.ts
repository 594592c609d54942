import type { CreditRecord, ListEntry, Subject } from '../../../shared/domain';
import type { Db } from '../db/connection';

type SubjectRow = {
  id: string;
  name: string;
  identifier: string;
  identifier_kind: Subject['identifierKind'];
  kind: Subject['kind'];
  region_code: string;
  legal_representative: string | null;
  registered_on: string | null;
  address: string | null;
  status: Subject['status'];
  grade: string | null;
  updated_at: string;
};

const toSubject = (row: SubjectRow): Subject => ({
  id: row.id,
  name: row.name,
  identifier: row.identifier,
  identifierKind: row.identifier_kind,
  kind: row.kind,
  regionCode: row.region_code,
  legalRepresentative: row.legal_representative,
  registeredOn: row.registered_on,
  address: row.address,
  status: row.status,
  grade: row.grade,
  updatedAt: row.updated_at,
});

export function getSubjectById(db: Db, id: string): Subject | null {
  const row = db.prepare('SELECT * FROM subjects WHERE id = ?').get(id) as SubjectRow | undefined;
  return row === undefined ? null : toSubject(row);
}

export function getSubjectByIdentifier(db: Db, identifier: string): Subject | null {
  const row = db.prepare('SELECT * FROM subjects WHERE identifier = ?').get(identifier) as
    SubjectRow | undefined;
  return row === undefined ? null : toSubject(row);
}

export const countSubjects = (db: Db): number =>
  (db.prepare('SELECT count(*) AS n FROM subjects').get() as { n: number }).n;

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/**
 * Partial-name search. 3+ characters use the FTS5 trigram index (a quoted phrase, so the query's own
 * punctuation is literal); 1–2 characters cannot form a trigram and fall back to LIKE over the table.
 * An identifier prefix (letters/digits) matches too. Exact and shorter names rank first.
 */
export function searchSubjects(db: Db, query: string, limit: number): Subject[] {
  const text = query.trim();
  const byIdentifier = /^[0-9A-Za-z]{2,18}$/.test(text) ? text.toUpperCase() : null;
  const nameMatch =
    [...text].length >= 3
      ? `s.rowid IN (SELECT rowid FROM subjects_fts WHERE subjects_fts MATCH @phrase)`
      : `s.name LIKE @like ESCAPE '\\'`;
  const rows = db
    .prepare(
      `SELECT s.* FROM subjects s
       WHERE ${nameMatch} ${byIdentifier === null ? '' : 'OR (s.identifier >= @prefix AND s.identifier < @prefixEnd)'}
       ORDER BY (s.name = @text) DESC, instr(s.name, @text) = 1 DESC, length(s.name), s.name
       LIMIT @limit`,
    )
    .all({
      phrase: `"${text.replace(/"/g, '""')}"`,
      like: `%${escapeLike(text)}%`,
      text,
      prefix: byIdentifier ?? '',
      prefixEnd: `${byIdentifier ?? ''}\uffff`,
      limit,
    }) as SubjectRow[];
  return rows.map(toSubject);
}

type EntryRow = {
  id: string;
  subject_id: string;
  list_type: string;
  listed_on: string;
  listing_unit: string;
  reason: string;
  document_number: string | null;
  expires_on: string | null;
  removed_on: string | null;
  status: ListEntry['status'];
};

export function listEntriesOf(db: Db, subjectId: string): ListEntry[] {
  const rows = db
    .prepare('SELECT * FROM list_entries WHERE subject_id = ? ORDER BY listed_on DESC, id')
    .all(subjectId) as EntryRow[];
  return rows.map((row) => ({
    id: row.id,
    subjectId: row.subject_id,
    listType: row.list_type,
    listedOn: row.listed_on,
    listingUnit: row.listing_unit,
    reason: row.reason,
    documentNumber: row.document_number,
    expiresOn: row.expires_on,
    removedOn: row.removed_on,
    status: row.status,
  }));
}

type RecordRow = {
  id: string;
  subject_id: string;
  category: CreditRecord['category'];
  title: string;
  content: string;
  source_department: string;
  decision_number: string | null;
  decision_on: string;
  publication_ends_on: string | null;
  status: CreditRecord['status'];
};

export function recordsOf(db: Db, subjectId: string): CreditRecord[] {
  const rows = db
    .prepare('SELECT * FROM credit_records WHERE subject_id = ? ORDER BY decision_on DESC, id')
    .all(subjectId) as RecordRow[];
  return rows.map((row) => ({
    id: row.id,
    subjectId: row.subject_id,
    category: row.category,
    title: row.title,
    content: row.content,
    sourceDepartment: row.source_department,
    decisionNumber: row.decision_number,
    decisionOn: row.decision_on,
    publicationEndsOn: row.publication_ends_on,
    status: row.status,
  }));
}

/**
 * Upserts registry rows. ON CONFLICT DO UPDATE, never INSERT OR REPLACE: a replace deletes the row first and
 * would cascade away the subject's list entries and records.
 */
export function upsertSubjects(db: Db, subjects: readonly Subject[]): void {
  const statement = db.prepare(
    `INSERT INTO subjects (id, name, identifier, identifier_kind, kind, region_code, legal_representative,
       registered_on, address, status, grade, updated_at)
     VALUES (@id, @name, @identifier, @identifierKind, @kind, @regionCode, @legalRepresentative,
       @registeredOn, @address, @status, @grade, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, identifier = excluded.identifier,
       identifier_kind = excluded.identifier_kind, kind = excluded.kind, region_code = excluded.region_code,
       legal_representative = excluded.legal_representative, registered_on = excluded.registered_on,
       address = excluded.address, status = excluded.status, grade = excluded.grade, updated_at = excluded.updated_at`,
  );
  for (const subject of subjects) statement.run(subject);
}

export function upsertListEntries(db: Db, entries: readonly ListEntry[]): void {
  const statement = db.prepare(
    `INSERT INTO list_entries (id, subject_id, list_type, listed_on, listing_unit, reason, document_number,
       expires_on, removed_on, status)
     VALUES (@id, @subjectId, @listType, @listedOn, @listingUnit, @reason, @documentNumber, @expiresOn,
       @removedOn, @status)
     ON CONFLICT (id) DO UPDATE SET subject_id = excluded.subject_id, list_type = excluded.list_type,
       listed_on = excluded.listed_on, listing_unit = excluded.listing_unit, reason = excluded.reason,
       document_number = excluded.document_number, expires_on = excluded.expires_on,
       removed_on = excluded.removed_on, status = excluded.status`,
  );
  for (const entry of entries) statement.run(entry);
}

export function upsertRecords(db: Db, records: readonly CreditRecord[]): void {
  const statement = db.prepare(
    `INSERT INTO credit_records (id, subject_id, category, title, content, source_department, decision_number,
       decision_on, publication_ends_on, status)
     VALUES (@id, @subjectId, @category, @title, @content, @sourceDepartment, @decisionNumber, @decisionOn,
       @publicationEndsOn, @status)
     ON CONFLICT (id) DO UPDATE SET subject_id = excluded.subject_id, category = excluded.category,
       title = excluded.title, content = excluded.content, source_department = excluded.source_department,
       decision_number = excluded.decision_number, decision_on = excluded.decision_on,
       publication_ends_on = excluded.publication_ends_on, status = excluded.status`,
  );
  for (const record of records) statement.run(record);
}
