import { z } from 'zod';
import { freeText } from '../domain/free-text';
import { isoDate, isoDateTime } from '../domain/catalogue';
import { Commitment, CommitmentVerifyRequest } from '../domain/commitment';
import { RepairApplication, RepairWindowStep } from '../domain/repair';

/**
 * Payloads of the workflow outbox kinds. The rows of the workflow tables and their mapping to the domain objects
 * are declared with the tables (./synced/commitments.ts, ./synced/repair-applications.ts).
 */
export const CommitmentCreatedPayload = Commitment;
export const CommitmentVerifiedPayload = CommitmentVerifyRequest.extend({
  verifiedBy: freeText({ max: 100, tooLong: '核查人姓名过长' }).min(1, '请填写核查人'),
  at: isoDateTime,
});
export type CommitmentVerifiedPayload = z.infer<typeof CommitmentVerifiedPayload>;

export const RepairCreatedPayload = RepairApplication;
export const RepairSteppedPayload = RepairWindowStep.extend({
  at: isoDateTime,
  on: isoDate,
  by: freeText({ max: 100, tooLong: '经办人姓名过长' }).min(1, '请填写经办人'),
});
export type RepairSteppedPayload = z.infer<typeof RepairSteppedPayload>;
