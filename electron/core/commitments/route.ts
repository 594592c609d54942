import { commitmentRoute } from '../../../shared/commitment/route';
import type { CommitmentRules } from '../../../shared/commitment/rules';
import type { RecordRules } from '../../../shared/records/record-rules';
import type { CommitmentRoute } from '../../../shared/domain/commitment';
import type { Subject } from '../../../shared/domain/subject';
import { listKindsByCode } from '../catalogue/catalogue.repo';
import type { Db } from '../../../node-shared/db/connection';
import { listEntriesOf, recordsOf } from '../subjects/subjects.repo';

/**
 * Whether the subject may use the commitment route on `day`, from its cached list entries and credit records.
 * A committer not in the registry is allowed: nothing is known against them. Records that are no basis
 * (record-rules.json) do not bar.
 */
export function routeOfSubject(
  db: Db,
  subject: Pick<Subject, 'id' | 'kind'> | null,
  rules: CommitmentRules,
  day: string,
  recordRules: RecordRules,
): CommitmentRoute {
  if (subject === null) return { allowed: true, reasons: [], barredTypes: [] };
  return commitmentRoute({
    entries: listEntriesOf(db, subject.id),
    listKinds: listKindsByCode(db),
    records: recordsOf(db, subject.id),
    subjectKind: subject.kind,
    recordRules,
    rules,
    day,
  });
}
