import { commitmentRoute } from '../../../shared/commitment/route';
import type { CommitmentRules } from '../../../shared/commitment/rules';
import type { ListKind } from '../../../shared/domain/catalogue';
import type { CommitmentRoute } from '../../../shared/domain/commitment';
import type { Subject } from '../../../shared/domain/subject';
import type { Db } from '../db/connection';
import { listEntriesOf, recordsOf } from '../subjects/subjects.repo';

/**
 * Whether the subject may use the commitment route on `day`, from its cached list entries and credit records.
 * A committer not in the registry is allowed: nothing is known against them.
 */
export function routeOfSubject(
  db: Db,
  subject: Pick<Subject, 'id'> | null,
  rules: CommitmentRules,
  day: string,
): CommitmentRoute {
  if (subject === null) return { allowed: true, reasons: [] };
  const listKinds = new Map(
    (db.prepare('SELECT code, kind FROM list_types').all() as { code: string; kind: ListKind }[]).map(
      (row) => [row.code, row.kind],
    ),
  );
  return commitmentRoute({
    entries: listEntriesOf(db, subject.id),
    listKinds,
    records: recordsOf(db, subject.id),
    rules,
    day,
  });
}
