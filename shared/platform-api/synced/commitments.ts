import { z } from 'zod';
import { CommitmentType } from '../../commitment/rules';
import { Commitment, CommitmentState, Fulfilment, PublicityType } from '../../domain/commitment';
import { IdentifierKind, SubjectKind } from '../../domain/subject';
import { nullableText, text, type Row } from './row-text';
import { syncedTable, type RowOf } from './table';

/**
 * Commitments (告知承诺): workflow items created at the windows and arbitrated by the platform through
 * `version` (./table.ts). The domain object nests what the row flattens (committer, units, verification), so
 * the mapping is written out once, here, both ways.
 */
export const commitmentsTable = syncedTable(
  'commitments',
  'id',
  {
    id: z.string(),
    code: z.string(),
    committer_name: z.string(),
    committer_kind: SubjectKind,
    committer_identifier: z.string(),
    identifier_kind: IdentifierKind,
    subject_id: z.string().nullable(),
    type: CommitmentType,
    reason: z.string(),
    content: z.string(),
    liability: z.string(),
    made_on: z.string(),
    valid_until: z.string().nullable(),
    matter_code: z.string(),
    case_number: z.string().nullable(),
    recognising_unit_name: z.string(),
    recognising_unit_code: z.string(),
    accepting_unit_name: z.string(),
    accepting_unit_code: z.string(),
    publicity: PublicityType,
    verify_by: z.string(),
    check_id: z.string().nullable(),
    state: CommitmentState,
    fulfilment: Fulfilment.nullable(),
    unfulfilled_content: z.string().nullable(),
    liability_pursued: z.string().nullable(),
    false_commitment: z.union([z.literal(0), z.literal(1)]).nullable(),
    verified_on: z.string().nullable(),
    verified_by: z.string().nullable(),
    repair_id: z.string().nullable(),
    record_id: z.string().nullable(),
    operator: z.string(),
    created_at: z.string(),
    updated_at: z.string(),
    version: z.number().int().positive(),
  },
  { kind: 'workflow' },
);
export type CommitmentRow = RowOf<typeof commitmentsTable>;

export function commitmentToRow(value: Commitment): CommitmentRow {
  return {
    id: value.id,
    code: value.code,
    committer_name: value.committer.name,
    committer_kind: value.committer.kind,
    committer_identifier: value.committer.identifier,
    identifier_kind: value.identifierKind,
    subject_id: value.subjectId,
    type: value.type,
    reason: value.reason,
    content: value.content,
    liability: value.liability,
    made_on: value.madeOn,
    valid_until: value.validUntil,
    matter_code: value.matterCode,
    case_number: value.caseNumber,
    recognising_unit_name: value.recognisingUnit.name,
    recognising_unit_code: value.recognisingUnit.code,
    accepting_unit_name: value.acceptingUnit.name,
    accepting_unit_code: value.acceptingUnit.code,
    publicity: value.publicity,
    verify_by: value.verifyBy,
    check_id: value.checkId,
    state: value.state,
    fulfilment: value.verification?.fulfilment ?? null,
    unfulfilled_content: value.verification?.unfulfilledContent ?? null,
    liability_pursued: value.verification?.liabilityPursued ?? null,
    false_commitment: value.verification === null ? null : value.verification.falseCommitment ? 1 : 0,
    verified_on: value.verification?.verifiedOn ?? null,
    verified_by: value.verifiedBy,
    repair_id: value.repairId,
    record_id: value.recordId,
    operator: value.operator,
    created_at: value.createdAt,
    updated_at: value.updatedAt,
    version: value.version,
  };
}

/** A row back to the domain object; parsed, so a malformed row from anywhere fails loudly here. */
export function commitmentFromRow(row: Row): Commitment {
  const verified = row.fulfilment !== null && row.fulfilment !== undefined;
  return Commitment.parse({
    id: row.id,
    code: row.code,
    committer: { name: row.committer_name, kind: row.committer_kind, identifier: row.committer_identifier },
    identifierKind: row.identifier_kind,
    subjectId: nullableText(row.subject_id),
    type: row.type,
    reason: row.reason,
    content: row.content,
    liability: row.liability,
    madeOn: row.made_on,
    validUntil: nullableText(row.valid_until),
    matterCode: row.matter_code,
    caseNumber: nullableText(row.case_number),
    recognisingUnit: { name: row.recognising_unit_name, code: row.recognising_unit_code },
    acceptingUnit: { name: row.accepting_unit_name, code: row.accepting_unit_code },
    publicity: row.publicity,
    verifyBy: row.verify_by,
    checkId: nullableText(row.check_id),
    state: row.state,
    verification: verified
      ? {
          fulfilment: row.fulfilment,
          unfulfilledContent: nullableText(row.unfulfilled_content),
          liabilityPursued: nullableText(row.liability_pursued),
          falseCommitment: row.false_commitment === 1,
          verifiedOn: row.verified_on,
        }
      : null,
    verifiedBy: nullableText(row.verified_by),
    repairId: nullableText(row.repair_id),
    recordId: nullableText(row.record_id),
    operator: text(row.operator),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  });
}
