import type { Db } from '../../node-shared/db/connection';
import { addMonths } from '../../shared/calendar/day';
import { commitmentFailureOf, commitmentFailureRecord } from '../../shared/commitment/failure-record';
import type { Commitment } from '../../shared/domain/commitment';
import { repairEligibility } from '../../shared/repair/eligibility';
import type { Severity } from '../../shared/repair/regime-schema';
import { repairFromRow } from '../../shared/platform-api/synced/repair-applications';
import { sha256Hex } from '../access/secrets';
import { toFeedRow, upsertRows } from '../registry/registry.repo';
import {
  readRepairRow,
  readTargetRow,
  relistEntry,
  republishRecord,
  subjectExists,
  subjectIdByIdentifier,
} from './workflow.repo';
import { requiredRuleTable } from '../rules/rule-tables';

/**
 * The id of a subject the platform makes for a committer: `subject-` + the first 20 hex digits of the
 * identifier's SHA-256. Deterministic, so two pushes (or two platforms) agree, and no ID number in a key.
 */
export const committerSubjectId = (identifier: string): string =>
  `subject-${sha256Hex(identifier).slice(0, 20)}`;

/**
 * The registry subject of a committer: the one the client named, else the one with the identifier, else a
 * minimal subject made from the commitment (region = the code's area code), so the failure record has an owner
 * and reaches every client.
 */
export function subjectForCommitment(db: Db, commitment: Commitment, at: string): string {
  if (commitment.subjectId !== null && subjectExists(db, commitment.subjectId)) return commitment.subjectId;
  const found = subjectIdByIdentifier(db, commitment.committer.identifier);
  if (found !== null) return found;
  const id = committerSubjectId(commitment.committer.identifier);
  upsertRows(db, 'subjects', [
    {
      id,
      name: commitment.committer.name,
      identifier: commitment.committer.identifier,
      identifier_kind: commitment.identifierKind,
      kind: commitment.committer.kind,
      region_code: commitment.code.slice(0, 6),
      legal_representative: null,
      legal_representative_id: null,
      registered_on: null,
      address: null,
      status: 'active',
      grade: null,
      updated_at: at,
    },
  ]);
  return id;
}

/**
 * Records a broken or false commitment as the committer's credit record (`commitment-failure-<id>`, the row
 * the verifying client made provisionally). Returns the record and subject ids; null when the commitment was kept.
 */
export function recordCommitmentFailure(
  db: Db,
  commitment: Commitment,
  at: string,
): { recordId: string; subjectId: string } | null {
  if (commitmentFailureOf(commitment) === null) return null;
  const subjectId = subjectForCommitment(db, commitment, at);
  const record = commitmentFailureRecord(commitment, subjectId, requiredRuleTable(db, 'commitment-rules'));
  if (record === null) return null;
  upsertRows(db, 'credit_records', [toFeedRow(record)]);
  return { recordId: record.id, subjectId };
}

type RecordRow = {
  id: string;
  category: string;
  decision_on: string;
  publication_ends_on: string | null;
  severity: Severity | null;
  domain: string | null;
};

/**
 * The last day a record is published when nobody repairs it: for a penalty the regime's maximum period (a
 * transition included), for a commitment failure the rules' failure period, otherwise — a penalty without a
 * recorded 失信程度 included, never guessed — what it says now.
 */
export function maximumPublicationEnd(db: Db, record: RecordRow, today: string): string | null {
  if (record.category === 'commitment')
    return addMonths(record.decision_on, requiredRuleTable(db, 'commitment-rules').failurePublicationMonths);
  if (record.category !== 'penalty' || record.severity === null) return record.publication_ends_on;
  const eligibility = repairEligibility(
    requiredRuleTable(db, 'repair-regimes'),
    {
      decisionOn: record.decision_on,
      severity: record.severity,
      ...(record.domain === null ? {} : { domain: record.domain }),
    },
    today,
  );
  return eligibility.publicationEndsOn ?? record.publication_ends_on;
}

/**
 * A 信用修复承诺 broken (verified on `day`): when its application was granted, the record it repaired is
 * published again until its maximum period ends (a removed list entry is listed again). Left as it is: a target
 * of an application not granted (nothing was repaired), one whose maximum period (or list term) ended before
 * `day`, and one deleted.
 */
export function reinstateRepairedTarget(db: Db, repairId: string, day: string): void {
  const row = readRepairRow(db, repairId);
  if (row === null) return;
  const application = repairFromRow(row);
  if (application.state !== 'granted') return;
  const target = readTargetRow(db, application.targetTable, application.targetId);
  if (target === null) return;
  if (application.targetTable === 'credit_records') {
    const ends = maximumPublicationEnd(db, target as RecordRow, day);
    if (ends !== null && ends < day) return;
    republishRecord(db, application.targetId, ends);
    return;
  }
  if (application.outcome === 'remove-from-list') relistEntry(db, application.targetId, day);
}
