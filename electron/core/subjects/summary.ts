import type { Subject, SubjectSummary } from '../../../shared/domain';
import { maskIdentifier } from '../../../shared/identifiers';

/** What a clerk may see of a subject before picking it: natural persons' ID numbers masked. */
export const toSubjectSummary = (subject: Subject): SubjectSummary => ({
  id: subject.id,
  name: subject.name,
  identifierMasked: maskIdentifier(subject.identifier, subject.identifierKind),
  kind: subject.kind,
  regionCode: subject.regionCode,
  status: subject.status,
});
