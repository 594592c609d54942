import type { SubjectSummary } from '../../../shared/domain';
import { ok, type Result } from '../../../shared/result';
import type { Db } from '../../../node-shared/db/connection';
import { searchSubjects } from './subjects.repo';
import { toSubjectSummary } from './summary';

export function createSubjectsService(db: Db) {
  return {
    search: (query: string, limit: number): Result<{ items: SubjectSummary[] }> =>
      ok({ items: searchSubjects(db, query, limit).map(toSubjectSummary) }),
  };
}
