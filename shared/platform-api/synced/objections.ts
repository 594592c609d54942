import { z } from 'zod';
import { Objection, ObjectionGround } from '../../domain/objection';
import { ObjectionState } from '../../objection/state-machine';
import { nullableText, text, type Row } from './row-text';
import { syncedTable, type RowOf } from './table';

/**
 * Objections (异议处理): workflow items like repair applications (./repair-applications.ts). The targets, the
 * applicant, the attachments, the routing, the history and the decision are JSON text in their columns.
 */
export const objectionsTable = syncedTable(
  'objections',
  'id',
  {
    id: z.string(),
    subject_id: z.string(),
    subject_name: z.string(),
    check_id: z.string().nullable(),
    targets: z.string(),
    grounds: ObjectionGround,
    statement: z.string(),
    applicant: z.string(),
    attachments: z.string(),
    truthfulness_pledged: z.literal(1),
    accepting_unit: z.string(),
    accepting_unit_code: z.string(),
    state: ObjectionState,
    state_entered_on: z.string(),
    routed_to: z.string(),
    extended: z.union([z.literal(0), z.literal(1)]),
    history: z.string(),
    decision: z.string().nullable(),
    closing_reason: z.string().nullable(),
    operator: z.string(),
    created_at: z.string(),
    updated_at: z.string(),
    version: z.number().int().positive(),
  },
  { kind: 'workflow' },
);
export type ObjectionRow = RowOf<typeof objectionsTable>;

export function objectionToRow(value: Objection): ObjectionRow {
  return {
    id: value.id,
    subject_id: value.subjectId,
    subject_name: value.subjectName,
    check_id: value.checkId,
    targets: JSON.stringify(value.targets),
    grounds: value.grounds,
    statement: value.statement,
    applicant: JSON.stringify(value.applicant),
    attachments: JSON.stringify(value.attachments),
    truthfulness_pledged: 1,
    accepting_unit: value.acceptingUnit,
    accepting_unit_code: value.acceptingUnitCode,
    state: value.state,
    state_entered_on: value.stateEnteredOn,
    routed_to: JSON.stringify(value.routedTo),
    extended: value.extended ? 1 : 0,
    history: JSON.stringify(value.history),
    decision: value.decision === null ? null : JSON.stringify(value.decision),
    closing_reason: value.closingReason,
    operator: value.operator,
    created_at: value.createdAt,
    updated_at: value.updatedAt,
    version: value.version,
  };
}

const json = (value: unknown): unknown => JSON.parse(text(value)) as unknown;

export function objectionFromRow(row: Row): Objection {
  const decision = nullableText(row.decision);
  return Objection.parse({
    id: row.id,
    subjectId: row.subject_id,
    subjectName: row.subject_name,
    checkId: nullableText(row.check_id),
    targets: json(row.targets),
    grounds: row.grounds,
    statement: row.statement,
    applicant: json(row.applicant),
    attachments: json(row.attachments),
    truthfulnessPledged: row.truthfulness_pledged === 1,
    acceptingUnit: row.accepting_unit,
    acceptingUnitCode: row.accepting_unit_code,
    state: row.state,
    stateEnteredOn: row.state_entered_on,
    routedTo: json(row.routed_to),
    extended: row.extended === 1,
    history: json(row.history),
    decision: decision === null ? null : (JSON.parse(decision) as unknown),
    closingReason: nullableText(row.closing_reason),
    operator: row.operator,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  });
}
