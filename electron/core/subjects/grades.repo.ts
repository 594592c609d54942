import type { SubjectGrade } from '../../../shared/domain/grade';
import { subjectGradesTable } from '../../../shared/platform-api/synced/registry';
import { fromRow, type RowOf } from '../../../shared/platform-api/synced/table';
import type { Db } from '../../../node-shared/db/connection';
import { statement } from '../../../node-shared/db/statements';
import { upsertAll } from './subjects.repo';

/** A row of subject_grades as SQLite returns it. */
export type GradeRow = RowOf<typeof subjectGradesTable>;

export const toGrade = (row: GradeRow): SubjectGrade => fromRow(subjectGradesTable, row);

/** Every grade result of a subject, in force or not (shared/grades/current.ts picks the ones in force). */
export const gradesOf = (db: Db, subjectId: string): SubjectGrade[] =>
  (
    statement(db, 'SELECT * FROM subject_grades WHERE subject_id = ? ORDER BY scheme, evaluated_on, id').all(
      subjectId,
    ) as GradeRow[]
  ).map(toGrade);

export const upsertGrades = (db: Db, grades: readonly SubjectGrade[]): void =>
  upsertAll(db, 'subject_grades', grades);
