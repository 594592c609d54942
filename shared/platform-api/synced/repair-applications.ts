import { z } from 'zod';
import { RepairApplication, RepairOutcome, RepairTargetTable } from '../../domain/repair';
import { RepairState } from '../../repair/state-machine';
import { nullableText, text, type Row } from './row-text';
import { syncedTable, type RowOf } from './table';

/**
 * Repair applications (信用修复): workflow items like commitments (./commitments.ts). Attachments, the
 * eligibility snapshot and the history are JSON text in their columns.
 */
export const repairApplicationsTable = syncedTable(
  'repair_applications',
  'id',
  {
    id: z.string(),
    subject_id: z.string(),
    applicant_name: z.string(),
    applicant_identifier: z.string(),
    handler_name: z.string(),
    handler_phone: z.string().nullable(),
    target_table: RepairTargetTable,
    target_id: z.string(),
    target_title: z.string(),
    reasons: z.string(),
    requested_outcome: RepairOutcome,
    attachments: z.string(),
    commitment_id: z.string().nullable(),
    eligibility: z.string(),
    state: RepairState,
    state_entered_on: z.string(),
    history: z.string(),
    outcome: RepairOutcome.nullable(),
    decision_reason: z.string().nullable(),
    accepting_unit: z.string(),
    operator: z.string(),
    created_at: z.string(),
    updated_at: z.string(),
    version: z.number().int().positive(),
  },
  { kind: 'workflow' },
);
export type RepairRow = RowOf<typeof repairApplicationsTable>;

export function repairToRow(value: RepairApplication): RepairRow {
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
