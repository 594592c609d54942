import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../node-shared/db/connection';
import { dialectOf } from '../../node-shared/db/dialect';
import { parseIdentifier } from '../../shared/identifiers';
import { tableHasher } from '../../shared/platform-api/checksum';
import { openPlatformDb } from '../db/open-platform-db';
import { seedIfEmpty } from '../registry/seed';
import { RESOURCES_DIR, tempDir } from '../testing/temp-platform';
import { generateCity, type GenerateSummary } from './generate-city';
import { GenerateError } from './generate-error';
import { runGenerateCli } from './run-generate-cli';
import { AS_OF, DEFAULT_SEED } from './scale';
import { subjectValues } from './subject-row';

let cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.forEach((fn) => fn());
  cleanup = [];
});

function freshDb(withCatalogue = true, withDemo = false): Db {
  const dir = tempDir('ccw-generate-');
  const db = openPlatformDb(dir.path);
  cleanup.push(() => {
    db.close();
    dir.remove();
  });
  if (withCatalogue) seedIfEmpty(db, RESOURCES_DIR, withDemo);
  return db;
}

const SCALE = 0.002; // 1,000 subjects, 100 list entries, 4,000 records
const quiet = { progress: () => undefined };

const count = (db: Db, sql: string, ...params: unknown[]): number =>
  (db.prepare(sql).get(...params) as { n: number }).n;

function checksum(db: Db, table: string): { count: number; hash: string } {
  const hasher = tableHasher();
  for (const row of db.prepare(`SELECT * FROM ${table} ORDER BY id`).iterate()) {
    hasher.add(row as Record<string, unknown>);
  }
  return hasher.result();
}

/** A feed row's identifier (the row is JSON text in changes.row). */
const rowIdentifier = {
  sqlite: "json_extract(c.row, '$.identifier')",
  postgres: "c.row::jsonb ->> 'identifier'",
} as const;

describe('generateCity', () => {
  it('writes counts proportional to the scale, with every identifier valid and of 平顶山', () => {
    const db = freshDb();
    const summary = generateCity(db, { scale: SCALE, ...quiet });
    expect(summary).toMatchObject({
      seed: DEFAULT_SEED,
      subjects: 1000,
      listEntries: 100,
      creditRecords: 4000,
      skippedSubjects: 0,
    });
    expect(summary.changes).toBe(5100 + summary.grades);
    expect(count(db, 'SELECT count(*) AS n FROM subjects')).toBe(1000);
    expect(count(db, 'SELECT count(*) AS n FROM list_entries')).toBe(100);
    expect(count(db, 'SELECT count(*) AS n FROM credit_records')).toBe(4000);

    const subjects = db.prepare('SELECT * FROM subjects').all() as {
      id: string;
      name: string;
      identifier: string;
      identifier_kind: string;
      kind: string;
      region_code: string;
    }[];
    const today = new Date();
    for (const subject of subjects) {
      expect(subject.id).toMatch(/^g-s-\d+$/);
      const parsed = parseIdentifier(subject.identifier, today);
      expect(parsed.ok, `${subject.identifier}: ${parsed.ok ? '' : parsed.message}`).toBe(true);
      expect(parsed.ok && parsed.kind).toBe(subject.identifier_kind);
      expect(subject.region_code).toMatch(/^4104\d\d$/);
      const region =
        subject.identifier_kind === 'uscc' ? subject.identifier.slice(2, 8) : subject.identifier.slice(0, 6);
      expect(region).toBe(subject.region_code);
      expect(subject.name).toMatch(/^[\u4e00-\u9fff（）]+$/u);
      if (subject.identifier.startsWith('92')) expect(subject.kind).toBe('individual-business');
      if (subject.identifier_kind === 'citizen-id') expect(subject.kind).toBe('natural-person');
    }
    const share = (predicate: (subject: (typeof subjects)[number]) => boolean): number =>
      subjects.filter(predicate).length / subjects.length;
    expect(share((subject) => subject.kind === 'natural-person')).toBeGreaterThan(0.01);
    expect(share((subject) => subject.kind === 'natural-person')).toBeLessThan(0.06);
    expect(share((subject) => subject.identifier.startsWith('92'))).toBeGreaterThan(0.1);
    expect(share((subject) => subject.identifier.startsWith('92'))).toBeLessThan(0.2);
    expect(new Set(subjects.map((subject) => subject.name)).size).toBeGreaterThan(980);
  });

  it('puts entries on catalogue list types that fit the subject, and dates everything by the data date', () => {
    const db = freshDb();
    generateCity(db, { scale: SCALE, ...quiet });
    const unknownType = count(
      db,
      'SELECT count(*) AS n FROM list_entries WHERE list_type NOT IN (SELECT code FROM list_types)',
    );
    expect(unknownType).toBe(0);
    // Natural persons are never on 经营异常名录 nor on red lists.
    const personsOff = count(
      db,
      `SELECT count(*) AS n FROM list_entries e JOIN subjects s ON s.id = e.subject_id
         JOIN list_types t ON t.code = e.list_type
        WHERE s.kind = 'natural-person' AND t.kind <> 'serious'`,
    );
    expect(personsOff).toBe(0);
    expect(
      count(
        db,
        `SELECT count(*) AS n FROM list_entries e JOIN subjects s ON s.id = e.subject_id
          WHERE e.listed_on < s.registered_on OR e.listed_on > ? OR (e.status = 'removed') <> (e.removed_on IS NOT NULL)`,
        AS_OF,
      ),
    ).toBe(0);
    const byCategory = db
      .prepare('SELECT category, count(*) AS n FROM credit_records GROUP BY category')
      .all() as { category: string; n: number }[];
    const of = (category: string): number => byCategory.find((row) => row.category === category)?.n ?? 0;
    expect((of('license') + of('penalty')) / 4000).toBeGreaterThan(0.8);
    expect(
      count(
        db,
        `SELECT count(*) AS n FROM credit_records r JOIN subjects s ON s.id = r.subject_id
          WHERE r.decision_on < s.registered_on OR r.decision_on > ?
             OR (r.publication_ends_on IS NOT NULL AND r.publication_ends_on < r.decision_on)`,
        AS_OF,
      ),
    ).toBe(0);
    expect(count(db, "SELECT count(*) AS n FROM credit_records WHERE id NOT LIKE 'g-r-%'")).toBe(0);
    // Every penalty carries 失信程度, 领域 and 处罚程序, of each kind; nothing else does.
    const classes = db
      .prepare(
        `SELECT r.severity, r.procedure, s.kind = 'natural-person' AS person, count(*) AS n
           FROM credit_records r JOIN subjects s ON s.id = r.subject_id
          WHERE r.category = 'penalty' GROUP BY 1, 2, 3`,
      )
      .all() as { severity: string | null; procedure: string | null; person: number; n: number }[];
    expect(new Set(classes.map((row) => row.severity))).toEqual(new Set(['minor', 'general', 'serious']));
    expect(classes.some((row) => row.person === 1 && row.procedure === 'simple')).toBe(true);
    expect(
      count(db, "SELECT count(*) AS n FROM credit_records WHERE category = 'penalty' AND domain IS NULL"),
    ).toBe(0);
    expect(
      count(
        db,
        "SELECT count(*) AS n FROM credit_records WHERE category <> 'penalty' AND coalesce(severity, domain, procedure) IS NOT NULL",
      ),
    ).toBe(0);
  });

  it('gives grade results under the three schemes apart, with evaluator, date and source, never subjects.grade', () => {
    const db = freshDb();
    const summary = generateCity(db, { scale: SCALE, ...quiet });
    expect(count(db, 'SELECT count(*) AS n FROM subject_grades')).toBe(summary.grades);
    expect(count(db, 'SELECT count(*) AS n FROM subjects WHERE grade IS NOT NULL')).toBe(0);
    const byScheme = db
      .prepare('SELECT scheme, count(*) AS n FROM subject_grades GROUP BY scheme ORDER BY scheme')
      .all() as { scheme: string; n: number }[];
    expect(byScheme.map((row) => row.scheme)).toEqual(['market-risk', 'public-credit', 'tax-credit']);
    // Most enterprises carry a risk class; public-credit and tax grades are rarer.
    const of = (scheme: string): number => byScheme.find((row) => row.scheme === scheme)?.n ?? 0;
    expect(of('market-risk')).toBeGreaterThan(of('public-credit'));
    expect(of('tax-credit')).toBeGreaterThan(0);
    expect(
      count(
        db,
        `SELECT count(*) AS n FROM subject_grades g JOIN subjects s ON s.id = g.subject_id
          WHERE s.kind = 'natural-person' OR g.evaluator = '' OR g.source = '' OR g.evaluated_on > ?
             OR (g.scheme = 'market-risk' AND g.grade NOT IN ('A', 'B', 'C', 'D'))
             OR (g.scheme = 'tax-credit' AND g.grade NOT IN ('A', 'B', 'M', 'C', 'D'))
             OR (g.scheme = 'market-risk' AND substr(s.identifier, 1, 2) <> '91')`,
        AS_OF,
      ),
    ).toBe(0);
  });

  it('logs one upsert per generated row in the change log, carrying the row as the feed sends it', () => {
    const db = freshDb();
    const before = count(db, 'SELECT coalesce(max(seq), 0) AS n FROM changes');
    generateCity(db, { scale: SCALE, ...quiet });
    const logged = db
      .prepare(
        'SELECT tbl, op, count(*) AS n, count(DISTINCT key) AS keys FROM changes WHERE seq > ? GROUP BY tbl, op ORDER BY tbl, op',
      )
      .all(before);
    const grades = count(db, 'SELECT count(*) AS n FROM subject_grades');
    expect(logged).toEqual([
      { tbl: 'credit_records', op: 'upsert', n: 4000, keys: 4000 },
      { tbl: 'list_entries', op: 'upsert', n: 100, keys: 100 },
      { tbl: 'subject_grades', op: 'upsert', n: grades, keys: grades },
      { tbl: 'subjects', op: 'upsert', n: 1000, keys: 1000 },
    ]);
    const missing = count(
      db,
      `SELECT count(*) AS n FROM subjects s
        WHERE NOT EXISTS (SELECT 1 FROM changes c WHERE c.tbl = 'subjects' AND c.key = s.id
                            AND ${rowIdentifier[dialectOf(db)]} = s.identifier)`,
    );
    expect(missing).toBe(0);
  });

  it('is deterministic: the same seed and scale give identical tables in two fresh databases', () => {
    const [first, second, other] = [freshDb(), freshDb(), freshDb()];
    generateCity(first, { scale: SCALE, ...quiet });
    generateCity(second, { scale: SCALE, ...quiet });
    generateCity(other, { scale: SCALE, seed: 7, ...quiet });
    for (const table of ['subjects', 'list_entries', 'credit_records', 'subject_grades']) {
      expect(checksum(second, table), table).toEqual(checksum(first, table));
      expect(checksum(other, table).hash, table).not.toBe(checksum(first, table).hash);
    }
  });

  it('adds to what is there: demo data stays, a second run continues the numbering with new identifiers', () => {
    const db = freshDb(true, true);
    const demoSubjects = count(db, 'SELECT count(*) AS n FROM subjects');
    expect(demoSubjects).toBeGreaterThan(0);
    const first = generateCity(db, { scale: SCALE, ...quiet });
    const second = generateCity(db, { scale: SCALE, ...quiet });
    expect(second.numbers.subjects).toEqual({ first: 1001, last: 2000 });
    expect(second.numbers.creditRecords.first).toBe(first.numbers.creditRecords.last + 1);
    expect(count(db, 'SELECT count(*) AS n FROM subjects')).toBe(demoSubjects + 2000);
    expect(count(db, "SELECT count(*) AS n FROM subjects WHERE id LIKE 'demo-%'")).toBe(demoSubjects);
    // Records of the second run belong to the second run's subjects.
    const crossing = count(
      db,
      `SELECT count(*) AS n FROM credit_records
        WHERE CASE WHEN id LIKE 'g-r-%' THEN CAST(substr(id, 5) AS INTEGER) END > 4000
          AND CASE WHEN subject_id LIKE 'g-s-%' THEN CAST(substr(subject_id, 5) AS INTEGER) END <= 1000`,
    );
    expect(crossing).toBe(0);
  });

  it('skips a subject whose identifier the platform already holds, and points nothing at it', () => {
    const db = freshDb();
    const [, , identifier] = subjectValues(DEFAULT_SEED, 1);
    db.prepare(
      `INSERT INTO subjects (id, name, identifier, identifier_kind, kind, region_code, legal_representative,
         registered_on, address, status, grade, updated_at)
       VALUES ('other', '已有主体', ?, 'uscc', 'legal-person', '410402', NULL, NULL, NULL, 'active', NULL, ?)`,
    ).run(identifier, '2026-11-01T00:00:00.000Z');
    const summary: GenerateSummary = generateCity(db, { scale: SCALE, ...quiet });
    expect(summary.skippedSubjects).toBe(1);
    expect(summary.subjects).toBe(1000);
    expect(summary.numbers.subjects).toEqual({ first: 1, last: 1001 });
    expect(count(db, "SELECT count(*) AS n FROM subjects WHERE id = 'g-s-1'")).toBe(0);
    expect(count(db, "SELECT count(*) AS n FROM credit_records WHERE subject_id = 'g-s-1'")).toBe(0);
    expect(count(db, "SELECT count(*) AS n FROM list_entries WHERE subject_id = 'g-s-1'")).toBe(0);
  });

  it('prints progress by tenths and refuses what it cannot do with a stable code', () => {
    const lines: string[] = [];
    generateCity(freshDb(), { scale: SCALE, progress: (line) => lines.push(line) });
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.length).toBeLessThanOrEqual(11);
    expect(lines.at(-1)).toContain('100%');

    const codeOf = (run: () => unknown): string | undefined => {
      try {
        run();
      } catch (error) {
        return error instanceof GenerateError ? error.code : 'not a GenerateError';
      }
      return undefined;
    };
    expect(codeOf(() => generateCity(freshDb(false), { scale: SCALE, ...quiet }))).toBe('no-list-types');
    expect(codeOf(() => generateCity(freshDb(), { scale: 0, ...quiet }))).toBe('invalid-scale');
    expect(codeOf(() => generateCity(freshDb(), { scale: SCALE, seed: -1, ...quiet }))).toBe('invalid-seed');
  });

  it('runGenerateCli seeds an empty database with the catalogue first and prints one summary line', () => {
    const dir = tempDir('ccw-generate-cli-');
    cleanup.push(dir.remove);
    const printed: string[] = [];
    const summary = runGenerateCli({
      dataDir: dir.path,
      scale: 0.0002,
      resourcesDir: RESOURCES_DIR,
      withDemo: false,
      print: (line) => printed.push(line),
      progress: () => undefined,
    });
    expect(summary).toMatchObject({ subjects: 100, listEntries: 10, creditRecords: 400 });
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatch(/主体 100，名单条目 10，信用记录 400.*秒/u);
    const db = openPlatformDb(dir.path);
    cleanup.unshift(() => db.close());
    expect(count(db, 'SELECT count(*) AS n FROM list_types')).toBeGreaterThan(0);
  });
});
