import type { CreditRecord, ListEntry, Subject } from '../../../shared/domain';
import {
  creditRecordsTable,
  listEntriesTable,
  subjectsTable,
} from '../../../shared/platform-api/synced/registry';
import { fromRow, type RowOf } from '../../../shared/platform-api/synced/table';
import type { Db } from '../../../node-shared/db/connection';
import { statement } from '../../../node-shared/db/statements';
import { prepareUpsert, toRow } from '../../../node-shared/db/upsert';
import { searchIndexDeferred } from '../db/search-index';

type SubjectRow = RowOf<typeof subjectsTable>;

const toSubject = (row: SubjectRow): Subject => fromRow(subjectsTable, row);

export function getSubjectById(db: Db, id: string): Subject | null {
  const row = statement(db, 'SELECT * FROM subjects WHERE id = ?').get(id) as SubjectRow | undefined;
  return row === undefined ? null : toSubject(row);
}

export function getSubjectByIdentifier(db: Db, identifier: string): Subject | null {
  const row = statement(db, 'SELECT * FROM subjects WHERE identifier = ?').get(identifier) as
    SubjectRow | undefined;
  return row === undefined ? null : toSubject(row);
}

/**
 * Subjects holding one of these identifiers (the one-edit candidates of 是否为：…), through the identifier's unique
 * index: one probe per candidate, whatever the size of the registry.
 */
export function subjectsWithIdentifiers(db: Db, identifiers: readonly string[], limit: number): Subject[] {
  const rows = db
    .prepare(
      'SELECT * FROM subjects WHERE identifier IN (SELECT value FROM json_each(?)) ORDER BY identifier LIMIT ?',
    )
    .all(JSON.stringify(identifiers), limit) as SubjectRow[];
  return rows.map(toSubject);
}

/**
 * Organisations whose USCC embeds this organisation code (positions 9–17), through subjects_by_org_part (the
 * expression must stay `substr(identifier, 9, 9)` to use it). ID numbers are left out: their 9–17 are a birth
 * date and a sequence number, which say nothing about who holds them.
 */
export function subjectsWithOrgPart(db: Db, orgPart: string, limit: number): Subject[] {
  const rows = db
    .prepare(
      `SELECT * FROM subjects WHERE substr(identifier, 9, 9) = ? AND identifier_kind = 'uscc'
       ORDER BY identifier LIMIT ?`,
    )
    .all(orgPart, limit) as SubjectRow[];
  return rows.map(toSubject);
}

export const countSubjects = (db: Db): number =>
  (db.prepare('SELECT count(*) AS n FROM subjects').get() as { n: number }).n;

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (char) => `\\${char}`);

const byCodePrefix = (db: Db, prefix: string, limit: number): SubjectRow[] =>
  db
    .prepare('SELECT * FROM subjects WHERE identifier >= ? AND identifier < ? ORDER BY identifier LIMIT ?')
    .all(prefix, `${prefix}\uffff`, limit) as SubjectRow[];

/** 3+ characters: the trigram index finds every name containing the text; exact and shorter names first. */
const byTrigram = (db: Db, text: string, limit: number): SubjectRow[] =>
  db
    .prepare(
      `SELECT s.* FROM subjects s
       WHERE s.rowid IN (SELECT rowid FROM subjects_fts WHERE subjects_fts MATCH @phrase)
       ORDER BY (s.name = @text) DESC, instr(s.name, @text) = 1 DESC, length(s.name), s.name
       LIMIT @limit`,
    )
    .all({ phrase: `"${text.replace(/"/g, '""')}"`, text, limit }) as SubjectRow[];

const byName = (db: Db, name: string, limit: number): SubjectRow[] =>
  statement(db, 'SELECT * FROM subjects WHERE name = ? LIMIT ?').all(name, limit) as SubjectRow[];

/** Names starting with the text (not equal to it), shortest first, through the name index and a sort. */
const startingWithScan = (db: Db, text: string, limit: number): SubjectRow[] =>
  db
    .prepare('SELECT * FROM subjects WHERE name > ? AND name < ? ORDER BY length(name), name LIMIT ?')
    .all(text, `${text}\uffff`, limit) as SubjectRow[];

/** The same for two characters, read in order from subjects_by_name_start (migration 20): no sort. */
const startingWithPair = (db: Db, pair: string, limit: number): SubjectRow[] =>
  statement(
    db,
    `SELECT * FROM subjects WHERE substr(name, 1, 2) = @pair AND name > @pair AND name < @below
       ORDER BY length(name), name LIMIT @limit`,
  ).all({ pair, below: `${pair}\uffff`, limit }) as SubjectRow[];

/** The first names in rowid order containing the text: a LIKE scan that stops once it has enough. */
const containingScan = (db: Db, text: string, limit: number): SubjectRow[] =>
  db
    .prepare("SELECT * FROM subjects WHERE name LIKE ? ESCAPE '\\' LIMIT ?")
    .all(`%${escapeLike(text)}%`, limit) as SubjectRow[];

/** A two-character query as subject_bigrams keys it: ASCII letters lower-cased, as its SQL (lower()) folds them. */
const bigramKey = (text: string): string => text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());

/** The same rows for two characters from the bigram table (migration 20), as LIKE finds them (ASCII folded). */
const containingPair = (db: Db, pair: string, limit: number): SubjectRow[] =>
  statement(
    db,
    `SELECT s.* FROM subject_bigrams b JOIN subjects s ON s.rowid = b.subject_rowid
       WHERE b.bigram = ? ORDER BY b.subject_rowid LIMIT ?`,
  ).all(bigramKey(pair), limit) as SubjectRow[];

/** A pair too common to be indexed (db/frozen/name-bigrams-v2.ts): the LIKE scan meets its rows early on. */
const isCommonPair = (db: Db, pair: string): boolean =>
  statement(db, 'SELECT 1 FROM subject_bigram_common WHERE bigram = ?').pluck().get(bigramKey(pair)) !==
  undefined;

/**
 * 1–2 characters cannot form a trigram. Exact matches, then prefix matches (shortest first), then names
 * containing the text: the first `limit × 3` in registry (rowid) order, shortest first. Two characters come
 * from indexes (db/frozen/name-bigrams-v1.ts), a common pair from the first names of a scan (v2); one character
 * stays with the name index and a LIKE scan that stops as soon as it has enough rows.
 */
function byShortText(db: Db, text: string, limit: number): SubjectRow[] {
  // While a bulk pull defers the indexes (search-index.ts) they lag the table: the scan stays exact meanwhile.
  const pair = [...text].length === 2 && !searchIndexDeferred(db);
  const exact = byName(db, text, limit);
  const prefixed = pair ? startingWithPair(db, text, limit) : startingWithScan(db, text, limit);
  const containing =
    pair && !isCommonPair(db, text)
      ? containingPair(db, text, limit * 3)
      : containingScan(db, text, limit * 3);
  containing.sort((a, b) => a.name.length - b.name.length || a.name.localeCompare(b.name));
  return [...exact, ...prefixed, ...containing];
}

/**
 * Partial-name search (CJK included) and code-prefix search. A query of letters/digits matches a code
 * prefix through the identifier's unique index; those come first, then name matches, each subject once.
 */
export function searchSubjects(db: Db, query: string, limit: number): Subject[] {
  const text = query.trim();
  const prefix = /^[0-9A-Za-z]{2,18}$/.test(text) ? text.toUpperCase() : null;
  const byCode = prefix === null ? [] : byCodePrefix(db, prefix, limit);
  const byName = [...text].length >= 3 ? byTrigram(db, text, limit) : byShortText(db, text, limit);
  const seen = new Set<string>();
  const rows = [...byCode, ...byName].filter((row) => !seen.has(row.id) && seen.add(row.id) !== undefined);
  return rows.slice(0, limit).map(toSubject);
}

export function listEntriesOf(db: Db, subjectId: string): ListEntry[] {
  const rows = statement(
    db,
    'SELECT * FROM list_entries WHERE subject_id = ? ORDER BY listed_on DESC, id',
  ).all(subjectId) as RowOf<typeof listEntriesTable>[];
  return rows.map((row): ListEntry => fromRow(listEntriesTable, row));
}

export function recordsOf(db: Db, subjectId: string): CreditRecord[] {
  const rows = statement(
    db,
    'SELECT * FROM credit_records WHERE subject_id = ? ORDER BY decision_on DESC, id',
  ).all(subjectId) as RowOf<typeof creditRecordsTable>[];
  return rows.map((row): CreditRecord => fromRow(creditRecordsTable, row));
}

/** Upserts registry rows (domain objects) through the one upsert mechanism the sync applier uses too. */
export function upsertAll(db: Db, table: string, values: readonly object[]): void {
  const upsert = prepareUpsert(db, table, 'id');
  for (const value of values) upsert.run(toRow(value));
}

export const upsertSubjects = (db: Db, subjects: readonly Subject[]): void =>
  upsertAll(db, 'subjects', subjects);

export const upsertListEntries = (db: Db, entries: readonly ListEntry[]): void =>
  upsertAll(db, 'list_entries', entries);

export const upsertRecords = (db: Db, records: readonly CreditRecord[]): void =>
  upsertAll(db, 'credit_records', records);

/** Which of these subjects the cached registry places in a region (ids not in the cache are left out). */
export function subjectIdsInRegion(db: Db, ids: readonly string[], regionCode: string): Set<string> {
  const rows = db
    .prepare('SELECT id FROM subjects WHERE id IN (SELECT value FROM json_each(?)) AND region_code = ?')
    .pluck()
    .all(JSON.stringify(ids), regionCode) as string[];
  return new Set(rows);
}
