import type { SubjectGrade } from '../../../shared/domain/grade';
import type { InspectionDrawRecord } from '../../../shared/domain/inspection';
import type { Db } from '../../../node-shared/db/connection';
import { toGrade, type GradeRow } from '../subjects/grades.repo';

export type CandidateRow = {
  id: string;
  name: string;
  identifier: string;
  identifier_kind: 'uscc' | 'citizen-id';
  kind: 'legal-person' | 'individual-business' | 'natural-person';
  region_code: string;
};

/**
 * Subjects still 存续 that hold a 行政许可 record titled `licenceTitle` (the matter's name), any region: the caller
 * narrows by region with the roster's coverage rule, so one rule decides both. A scan of the licence records: a
 * supervisor's occasional call, not worth an index every sync would have to maintain.
 */
const HOLDS_LICENCE = `s.status = 'active'
  AND EXISTS (SELECT 1 FROM credit_records r WHERE r.subject_id = s.id AND r.category = 'license' AND r.title = ?)`;

export const licenceHolders = (db: Db, licenceTitle: string): CandidateRow[] =>
  db
    .prepare(
      `SELECT s.id, s.name, s.identifier, s.identifier_kind, s.kind, s.region_code
       FROM subjects s
       WHERE ${HOLDS_LICENCE}
       ORDER BY s.id`,
    )
    .all(licenceTitle) as CandidateRow[];

/**
 * Every result under `scheme` (the risk class) of the same subjects, in force or not: the pool keeps the one in
 * force on the day (shared/grades/current.ts), so the rule of which result counts is written once.
 */
export const licenceHolderGrades = (db: Db, licenceTitle: string, scheme: string): SubjectGrade[] =>
  (
    db
      .prepare(
        `SELECT g.* FROM subject_grades g JOIN subjects s ON s.id = g.subject_id
         WHERE g.scheme = ? AND ${HOLDS_LICENCE}
         ORDER BY g.subject_id, g.evaluated_on, g.id`,
      )
      .all(scheme, licenceTitle) as GradeRow[]
  ).map(toGrade);

/** Stores a draw; inside the caller's transaction (with its outbox row and audit entry). */
export function insertDraw(db: Db, record: InspectionDrawRecord): void {
  db.prepare(
    `INSERT INTO inspection_draws
       (id, number, drawn_at, actor, region_code, matter_code, seed, pool_hash, ratios_version, record)
     VALUES (@id, @number, @drawnAt, @actor, @regionCode, @matterCode, @seed, @poolHash, @ratiosVersion, @record)`,
  ).run({
    id: record.id,
    number: record.number,
    drawnAt: record.drawnAt,
    actor: record.actor,
    regionCode: record.regionCode,
    matterCode: record.matterCode,
    seed: record.seed,
    poolHash: record.poolHash,
    ratiosVersion: record.ratios.version,
    record: JSON.stringify(record),
  });
}

/** The stored JSON of a draw, or null. */
export const drawText = (db: Db, id: string): string | null =>
  (db.prepare('SELECT record FROM inspection_draws WHERE id = ?').get(id) as { record: string } | undefined)
    ?.record ?? null;

export const countDraws = (db: Db): number =>
  (db.prepare('SELECT count(*) AS n FROM inspection_draws').get() as { n: number }).n;

/** Stored draws, newest first, as JSON text. */
export const drawTexts = (db: Db, limit: number, offset: number): string[] =>
  (
    db
      .prepare('SELECT record FROM inspection_draws ORDER BY drawn_at DESC, id LIMIT ? OFFSET ?')
      .all(limit, offset) as { record: string }[]
  ).map((row) => row.record);
