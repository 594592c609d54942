import { z } from 'zod';
import { isoDate, isoDateTime } from '../domain/catalogue';
import { Commitment, CommitmentVerifyRequest } from '../domain/commitment';
import { RepairApplication, RepairWindowStep } from '../domain/repair';

/**
 * Payloads of the workflow outbox kinds, and the one mapping between the domain objects and their rows
 * (snake_case, identical in the client's cache and at the platform; JSON columns carry JSON text).
 * Checklist when a field is added: the domain schema, the two mappings below, both migrations
 * (electron/core/db/migrations, platform/db/migrations) and platform/registry/synced-columns.ts.
 */
export const CommitmentCreatedPayload = Commitment;
export const CommitmentVerifiedPayload = CommitmentVerifyRequest.extend({
  verifiedBy: z.string().min(1),
  at: isoDateTime,
});
export type CommitmentVerifiedPayload = z.infer<typeof CommitmentVerifiedPayload>;

export const RepairCreatedPayload = RepairApplication;
export const RepairSteppedPayload = RepairWindowStep.extend({
  at: isoDateTime,
  on: isoDate,
  by: z.string().min(1),
});
export type RepairSteppedPayload = z.infer<typeof RepairSteppedPayload>;

type Row = Record<string, unknown>;

/** JSON and text columns: anything but a string is malformed and fails the schema parse after. */
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const nullableText = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function commitmentToRow(value: Commitment): Row {
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

export function repairToRow(value: RepairApplication): Row {
  return {
    id: value.id,
    subject_id: value.subjectId,
    applicant_name: value.applicantName,
    applicant_identifier: value.applicantIdentifier,
    handler_name: value.handlerName,
    handler_phone: value.handlerPhone,
    target_table: value.targetTable,
    target_id: value.targetId,
    target_title: value.targetTitle,
    reasons: value.reasons,
    requested_outcome: value.requestedOutcome,
    attachments: JSON.stringify(value.attachments),
    commitment_id: value.commitmentId,
    eligibility: JSON.stringify(value.eligibility),
    state: value.state,
    state_entered_on: value.stateEnteredOn,
    history: JSON.stringify(value.history),
    outcome: value.outcome,
    decision_reason: value.decisionReason,
    accepting_unit: value.acceptingUnit,
    operator: value.operator,
    created_at: value.createdAt,
    updated_at: value.updatedAt,
    version: value.version,
  };
}

export function repairFromRow(row: Row): RepairApplication {
  return RepairApplication.parse({
    id: row.id,
    subjectId: row.subject_id,
    applicantName: row.applicant_name,
    applicantIdentifier: row.applicant_identifier,
    handlerName: row.handler_name,
    handlerPhone: nullableText(row.handler_phone),
    targetTable: row.target_table,
    targetId: row.target_id,
    targetTitle: row.target_title,
    reasons: row.reasons,
    requestedOutcome: row.requested_outcome,
    attachments: JSON.parse(text(row.attachments)) as unknown,
    commitmentId: nullableText(row.commitment_id),
    eligibility: JSON.parse(text(row.eligibility)) as unknown,
    state: row.state,
    stateEnteredOn: row.state_entered_on,
    history: JSON.parse(text(row.history)) as unknown,
    outcome: nullableText(row.outcome),
    decisionReason: nullableText(row.decision_reason),
    acceptingUnit: row.accepting_unit,
    operator: row.operator,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  });
}
