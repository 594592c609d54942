import type { SubjectGrade } from '../../../shared/domain/grade';
import type { Db } from '../../../node-shared/db/connection';
import { upsertAll } from './subjects.repo';

/** A row of subject_grades as SQLite returns it. */
export type GradeRow = {
  id: string;
  subject_id: string;
  scheme: string;
  grade: string;
  evaluator: string;
  evaluated_on: string;
  valid_until: string | null;
  source: string;
};

export const toGrade = (row: GradeRow): SubjectGrade => ({
  id: row.id,
  subjectId: row.subject_id,
  scheme: row.scheme,
  grade: row.grade,
  evaluator: row.evaluator,
  evaluatedOn: row.evaluated_on,
  validUntil: row.valid_until,
  source: row.source,
});

/** Every grade result of a subject, in force or not (shared/grades/current.ts picks the ones in force). */
export const gradesOf = (db: Db, subjectId: string): SubjectGrade[] =>
  (
    db
      .prepare('SELECT * FROM subject_grades WHERE subject_id = ? ORDER BY scheme, evaluated_on, id')
      .all(subjectId) as GradeRow[]
  ).map(toGrade);

export const upsertGrades = (db: Db, grades: readonly SubjectGrade[]): void =>
  upsertAll(db, 'subject_grades', grades);
