import { z } from 'zod';
import { isoDateTime } from '../../shared/domain/catalogue';
import { ExternalQueryRecord } from '../../shared/domain/check';
import type { OutboxKind } from '../../shared/platform-api/api';
import {
  CommitmentCreatedPayload,
  CommitmentVerifiedPayload,
  RepairCreatedPayload,
  RepairSteppedPayload,
} from '../../shared/platform-api/workflow';
import { ReportIssuedPayload } from '../../shared/platform-api/report';
import { ObjectionCreatedPayload, ObjectionSteppedPayload } from '../../shared/platform-api/objections';
import { InspectionResultRecordedPayload } from '../../shared/platform-api/inspection';
import { InspectionDrawnPayload } from '../inspections/receive-draw';

const id = z.string().trim().min(1).max(200);

/**
 * What the platform needs of each kind of entry. Evidence (checks, feedback, audit) is filed by its id and
 * time and otherwise kept as sent (loose objects: a newer client may add fields without being refused);
 * workflow items are written into their tables, so their payloads are the contract's full schemas.
 */
export const payloadSchemas = {
  'check.recorded': z.looseObject({ checkId: id, checkedAt: isoDateTime }),
  'feedback.recorded': z.looseObject({ id, checkId: id }),
  'audit.appended': z.looseObject({ at: isoDateTime, action: z.string().trim().min(1).max(200) }),
  'commitment.created': CommitmentCreatedPayload,
  'commitment.verified': CommitmentVerifiedPayload,
  'repair.created': RepairCreatedPayload,
  'repair.stepped': RepairSteppedPayload,
  'report.issued': ReportIssuedPayload,
  'inspection.drawn': InspectionDrawnPayload,
  // Filed as evidence, but checked in full: it must name a check of the same device and files already uploaded.
  'check.external-query': ExternalQueryRecord.extend({ id, checkId: id }),
  /** The full schema (with its rules): checked against its draw before it is filed. */
  'inspection.result-recorded': InspectionResultRecordedPayload,
  'objection.created': ObjectionCreatedPayload,
  'objection.stepped': ObjectionSteppedPayload,
} satisfies Record<OutboxKind, z.ZodType>;
