import { afterAll, describe, expect, it } from 'vitest';
import type { Subject } from '../../../shared/domain';
import { subjectsTable } from '../../../shared/platform-api/synced/registry';
import { fromRow, type RowOf } from '../../../shared/platform-api/synced/table';
import type { Db } from '../../../node-shared/db/connection';
import { deferSearchIndex, restoreSearchIndex } from '../db/search-index';
import { makeSubject } from '../testing/fixtures';
import { openTempCore } from '../testing/temp-core';
import { searchSubjects, upsertSubjects } from './subjects.repo';

// Two-character name search answers from the bigram table and the name-start index (migration 20). It must
// answer exactly what the LIKE path answered before: same rows, same order, same limits — checked here against
// that path, kept verbatim below, on a registry of mixed names (CJK, Latin in both cases, digits, full-width
// forms, LIKE's own wildcards, a character outside the BMP, one- and two-character names).

type SubjectRow = RowOf<typeof subjectsTable>;
const toSubject = (row: SubjectRow): Subject => fromRow(subjectsTable, row);

/** searchSubjects as it was before migration 20, for queries of 1–2 characters. */
function searchBefore(db: Db, query: string, limit: number): Subject[] {
  const text = query.trim();
  const prefix = /^[0-9A-Za-z]{2,18}$/.test(text) ? text.toUpperCase() : null;
  const byCode =
    prefix === null
      ? []
      : (db
          .prepare(
            'SELECT * FROM subjects WHERE identifier >= ? AND identifier < ? ORDER BY identifier LIMIT ?',
          )
          .all(prefix, `${prefix}\uffff`, limit) as SubjectRow[]);
  const exact = db.prepare('SELECT * FROM subjects WHERE name = ? LIMIT ?').all(text, limit) as SubjectRow[];
  const prefixed = db
    .prepare('SELECT * FROM subjects WHERE name > ? AND name < ? ORDER BY length(name), name LIMIT ?')
    .all(text, `${text}\uffff`, limit) as SubjectRow[];
  const containing = db
    .prepare("SELECT * FROM subjects WHERE name LIKE ? ESCAPE '\\' LIMIT ?")
    .all(`%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`, limit * 3) as SubjectRow[];
  containing.sort((a, b) => a.name.length - b.name.length || a.name.localeCompare(b.name));
  const seen = new Set<string>();
  const rows = [...byCode, ...exact, ...prefixed, ...containing].filter(
    (row) => !seen.has(row.id) && seen.add(row.id) !== undefined,
  );
  return rows.slice(0, limit).map(toSubject);
}

const commonPairs = (db: Db): string[] =>
  db.prepare('SELECT bigram FROM subject_bigram_common').pluck().all() as string[];

/**
 * What the bigram table must hold: every distinct pair of each name, ASCII letters lower-cased, but the common
 * pairs (migration 21).
 */
function expectedBigrams(db: Db): string[] {
  const rows = db.prepare('SELECT rowid, name FROM subjects').all() as { rowid: number; name: string }[];
  const common = new Set(commonPairs(db));
  const pairs = new Set<string>();
  for (const { rowid, name } of rows) {
    const chars = [...name.replace(/[A-Z]/g, (letter) => letter.toLowerCase())];
    for (let at = 0; at + 1 < chars.length; at += 1) {
      const pair = `${chars[at]}${chars[at + 1]}`;
      if (!common.has(pair)) pairs.add(`${pair} ${rowid}`);
    }
  }
  return [...pairs].sort();
}
const storedBigrams = (db: Db): string[] =>
  (
    db.prepare('SELECT bigram, subject_rowid FROM subject_bigrams').all() as {
      bigram: string;
      subject_rowid: number;
    }[]
  )
    .map((row) => `${row.bigram} ${row.subject_rowid}`)
    .sort();

// A small alphabet, so that many pairs recur more often than a search's limit × 3 and the cut matters.
const ALPHABET = [...'平顶山鹰城华润科技有限公司AaBb12ＡａＢ１%_\\𠀀 '];
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}
const next = seeded(16);
const randomName = (): string => {
  const length = 1 + Math.floor(next() * 7);
  return Array.from({ length }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join('');
};
let made = 0;
const subject = (name: string): Subject => {
  made += 1;
  return makeSubject(`short-${made}`, name, `91410402MA${String(made).padStart(7, '0')}X`);
};

const core = openTempCore({ withDemo: false });
afterAll(() => core.dispose());
const { db } = core;
const FIXED = [
  '平',
  '顶山',
  '顶山',
  'AB',
  'ab',
  'Ａａ',
  '12',
  '%_',
  '𠀀平',
  '平顶',
  '平顶山',
  '平顶山鹰城',
  'a',
];
upsertSubjects(db, [...FIXED, ...Array.from({ length: 1500 }, randomName)].map(subject));

/** Every pair the registry holds in any case, a few it does not, and single characters. */
function queries(): string[] {
  const names = (db.prepare('SELECT name FROM subjects').pluck().all() as string[]).map((name) => [...name]);
  const pairs = new Set<string>(['鹰鹰', 'zz', ' ', '']);
  for (const chars of names)
    for (let at = 0; at + 1 < chars.length; at += 1) {
      const pair = `${chars[at]}${chars[at + 1]}`;
      pairs.add(pair).add(pair.toUpperCase()).add(pair.toLowerCase());
    }
  for (const char of ALPHABET) pairs.add(char);
  return [...pairs];
}
function expectSameAnswers(limits: readonly number[] = [5]): void {
  const all = queries();
  expect(all.length).toBeGreaterThan(300);
  for (const limit of limits)
    for (const query of all)
      expect(searchSubjects(db, query, limit), `${query} (${limit})`).toEqual(searchBefore(db, query, limit));
}

describe('two-character name search (migration 20)', () => {
  it('answers exactly what the LIKE path answered: rows, order and limits', () => {
    expectSameAnswers([1, 5, 20]);
  });

  it('reads indexes, never the registry: no scan and no sort', () => {
    const plan = (sql: string, ...values: unknown[]): string =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...values) as { detail: string }[])
        .map((row) => row.detail)
        .join(' | ');
    const containing = plan(
      `SELECT s.* FROM subject_bigrams b JOIN subjects s ON s.rowid = b.subject_rowid
       WHERE b.bigram = ? ORDER BY b.subject_rowid LIMIT ?`,
      '顶山',
      60,
    );
    expect(containing).toContain('SEARCH b USING PRIMARY KEY (bigram=?)');
    expect(containing).not.toContain('TEMP B-TREE');
    const starting = plan(
      `SELECT * FROM subjects WHERE substr(name, 1, 2) = @pair AND name > @pair AND name < @below
       ORDER BY length(name), name LIMIT @limit`,
      { pair: '平顶', below: '平顶\uffff', limit: 20 },
    );
    expect(starting).toContain('subjects_by_name_start');
    expect(starting).not.toContain('TEMP B-TREE');
  });

  it('keeps the bigrams in step as subjects are added, renamed and removed', () => {
    expect(storedBigrams(db)).toEqual(expectedBigrams(db));
    upsertSubjects(db, ['顶山AB新', 'Ｘ𠀀y'].map(subject));
    const renamed = db.prepare('SELECT id FROM subjects ORDER BY rowid LIMIT 40').pluck().all() as string[];
    const rename = db.prepare('UPDATE subjects SET name = ? WHERE id = ?');
    for (const id of renamed) rename.run(randomName(), id);
    const remove = db.prepare('DELETE FROM subjects WHERE id = ?');
    for (const id of renamed.slice(0, 10)) remove.run(id);
    expect(storedBigrams(db)).toEqual(expectedBigrams(db));
    expectSameAnswers();
  });

  it('answers the same while a bulk pull defers the index, and after it is rebuilt in one pass', () => {
    deferSearchIndex(db);
    upsertSubjects(db, Array.from({ length: 300 }, randomName).map(subject));
    db.prepare('UPDATE subjects SET name = ? WHERE id = ?').run('平顶新名', 'short-1');
    db.prepare('DELETE FROM subjects WHERE id = ?').run('short-2');
    expect(storedBigrams(db)).not.toEqual(expectedBigrams(db));
    expectSameAnswers();
    restoreSearchIndex(db);
    expect(storedBigrams(db)).toEqual(expectedBigrams(db));
    expectSameAnswers();
    // The triggers are back: later writes are indexed again.
    upsertSubjects(db, ['顶顶山山'].map(subject));
    expect(storedBigrams(db)).toEqual(expectedBigrams(db));
  });

  it('leaves the common pairs out of the table and answers them from a scan, the same rows (migration 21)', () => {
    // Until a one-pass build chooses them, no pair is common.
    expect(commonPairs(db)).toEqual([]);
    // 有限 in a tenth of the names, as 有限公司 stands in a city's: common. The scattered pairs of the random names
    // are each in under 1 %.
    upsertSubjects(db, Array.from({ length: 250 }, () => `${randomName()}有限${randomName()}`).map(subject));
    deferSearchIndex(db, 'initial');
    restoreSearchIndex(db);
    expect(commonPairs(db)).toContain('有限');
    expect(db.prepare("SELECT count(*) FROM subject_bigrams WHERE bigram = '有限'").pluck().get()).toBe(0);
    expect(storedBigrams(db)).toEqual(expectedBigrams(db));
    expectSameAnswers([1, 5, 20]);
    // The triggers skip the common pairs too, and keep the others in step.
    upsertSubjects(db, ['新有限公司'].map(subject));
    const renamed = db
      .prepare('SELECT id FROM subjects ORDER BY rowid DESC LIMIT 20')
      .pluck()
      .all() as string[];
    for (const id of renamed)
      db.prepare('UPDATE subjects SET name = ? WHERE id = ?').run(`有限${randomName()}`, id);
    db.prepare('DELETE FROM subjects WHERE id = ?').run(renamed[0]);
    expect(storedBigrams(db)).toEqual(expectedBigrams(db));
    expect(db.prepare("SELECT count(*) FROM subject_bigrams WHERE bigram = '有限'").pluck().get()).toBe(0);
    for (const limit of [1, 20, 50])
      expect(searchSubjects(db, '有限', limit)).toEqual(searchBefore(db, '有限', limit));
  });
});
