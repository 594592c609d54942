import { z } from 'zod';
import { isoDate, isoDateTime } from '../domain/catalogue';
import { freeText } from '../domain/free-text';
import {
  Objection,
  ObjectionCorrection,
  ObjectionOutcome,
  ObjectionTargetTable,
  ObjectionWindowStep,
} from '../domain/objection';
import { ObjectionState } from '../objection/state-machine';

/**
 * 'objection.created': the objection as the window took it in, at version 1. Its texts are held to the window's
 * limits again at the platform (a forged entry with a megabyte of statement or hidden characters is refused).
 */
export const ObjectionCreatedPayload = Objection.extend({
  subjectName: freeText({ max: 200, tooLong: '主体名称过长' }),
  statement: freeText({ max: 2000, tooLong: '异议事由不能超过2000字', multiline: true }).min(
    4,
    '请填写不少于4个字的异议事由',
  ),
  acceptingUnit: freeText({ max: 100, tooLong: '受理单位名称过长' }).min(1, '请填写受理单位'),
  acceptingUnitCode: freeText({ max: 32, tooLong: '受理单位代码过长' }),
  operator: freeText({ max: 100, tooLong: '经办人姓名过长' }).min(1, '请填写经办人'),
  history: Objection.shape.history.max(1, '新受理的异议只应有一条受理记录'),
  targets: Objection.shape.targets.max(20, '一次最多对20条记录提出异议'),
});
export type ObjectionCreatedPayload = z.infer<typeof ObjectionCreatedPayload>;

/** 'objection.stepped': 撤回 at the window, on the version the clerk saw. */
export const ObjectionSteppedPayload = ObjectionWindowStep.extend({
  at: isoDateTime,
  on: isoDate,
  by: freeText({ max: 100, tooLong: '经办人姓名过长' }).min(1, '请填写经办人'),
});
export type ObjectionSteppedPayload = z.infer<typeof ObjectionSteppedPayload>;

/** The 认定单位's decision for one record objected to. */
export const ObjectionTargetDecision = z.object({
  targetTable: ObjectionTargetTable,
  targetId: z.string().min(1).max(200),
  outcome: ObjectionOutcome,
  /** With 更正: the corrected fields (at least one). */
  corrections: z
    .array(ObjectionCorrection.omit({ previous: true }))
    .max(9)
    .default([]),
});
export type ObjectionTargetDecision = z.input<typeof ObjectionTargetDecision>;

/**
 * POST objections/<id>/steps — the platform's reviewers (supervisor or admin, HTTP Basic): route (转认定单位),
 * reject (不予受理, reason), extend (延长处理期限, reason, once), decide (a decision for every record, reason).
 */
export const ObjectionReviewRequest = z.object({
  event: z.enum(['route', 'reject', 'extend', 'decide']),
  reason: freeText({ max: 2000, tooLong: '说明不能超过2000字', multiline: true }).nullable().default(null),
  /** With decide: one decision per record objected to. */
  decisions: z.array(ObjectionTargetDecision).max(20).default([]),
  /** The version the reviewer saw; another change meanwhile is a 409. */
  baseVersion: z.number().int().positive().optional(),
});
export type ObjectionReviewRequest = z.input<typeof ObjectionReviewRequest>;

export const ObjectionsQuery = z.object({ state: ObjectionState.optional() });
export const ObjectionsResponse = z.object({ objections: z.array(Objection) });
export type ObjectionsResponse = z.infer<typeof ObjectionsResponse>;
/** 200 with the objection after the step; 409 VERSION_CONFLICT carries `serverVersion` (the current one). */
export const ObjectionReviewResponse = z.object({ objection: Objection });
export type ObjectionReviewResponse = z.infer<typeof ObjectionReviewResponse>;
