import type { SubjectSummary } from '../../../shared/domain';
import { ok, type Result } from '../../../shared/result';
import type { Db } from '../../../node-shared/db/connection';
import { searchSubjects } from './subjects.repo';
import { toSubjectSummary } from './summary';

export function createSubjectsService(db: Db) {
  return {
    /** The best `limit` matches, and whether there are more (one more is looked for, never all counted). */
    search: (query: string, limit: number): Result<{ items: SubjectSummary[]; more: boolean }> => {
      const found = searchSubjects(db, query, limit + 1);
      return ok({ items: found.slice(0, limit).map(toSubjectSummary), more: found.length > limit });
    },
  };
}
