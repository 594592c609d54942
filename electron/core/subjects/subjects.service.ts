import type { SubjectSummary } from '../../../shared/domain';
import { maskIdentifier } from '../../../shared/identifiers';
import { ok, type Result } from '../../../shared/result';
import type { Db } from '../db/connection';
import { searchSubjects } from './subjects.repo';

export function createSubjectsService(db: Db) {
  return {
    search: (query: string, limit: number): Result<{ items: SubjectSummary[] }> =>
      ok({
        items: searchSubjects(db, query, limit).map((subject) => ({
          id: subject.id,
          name: subject.name,
          identifierMasked: maskIdentifier(subject.identifier, subject.identifierKind),
          kind: subject.kind,
          regionCode: subject.regionCode,
          status: subject.status,
        })),
      }),
  };
}
