import { z } from 'zod';
import {
  ExternalQueryOutcome,
  ExternalQueryRequest,
  type ExternalChannel,
} from '../../../../shared/domain/check';
import { isoToWall, limitTexts, wallOf, type Bounds } from '../../fields/beijing-time';
import { wallTimeField } from '../../fields/wall-time-schema';
import { externalQueryTexts as texts } from './texts';

/** A query may have been made the day before the check (the clerk looked first), never after now. */
export const queriedAtBounds = (checkedAt: string, now: Date): Bounds => ({
  min: isoToWall(new Date(Date.parse(checkedAt) - 24 * 3_600_000).toISOString()),
  minLabel: texts.dayBeforeCheck,
  max: wallOf(now),
  maxLabel: limitTexts.now,
});

const { channel, summary, attachments } = ExternalQueryRequest.shape;

/**
 * The external query form over the contract's ExternalQueryRequest: its fields' own schemas, with what the form
 * holds differently — 查询时间 as Beijing wall time between the day before the check and now, 查询结果 not yet
 * chosen — then the request (with the check) checked by the contract itself (查到失信记录时须写明查询结果).
 */
export const externalQueryFormSchema = (checkId: string, checkedAt: string) =>
  z
    .object({
      channel,
      queriedAt: wallTimeField(texts.queriedAtRequired, () => queriedAtBounds(checkedAt, new Date())),
      outcome: ExternalQueryOutcome.nullable().transform((outcome, context) => {
        if (outcome !== null) return outcome;
        context.addIssue({ code: 'custom', message: texts.outcomeRequired });
        return z.NEVER;
      }),
      summary,
      attachments,
    })
    .transform((values) => ({ checkId, ...values }))
    .pipe(ExternalQueryRequest);

export type ExternalQueryFormValues = z.input<ReturnType<typeof externalQueryFormSchema>>;

/** The fields a message can be shown at (附件 are listed, not a field: their problems go to the alert). */
export const externalQueryFields = [
  'channel',
  'queriedAt',
  'outcome',
  'summary',
] as const satisfies readonly (keyof ExternalQueryFormValues)[];

export const externalQueryDefaults = (
  channels: readonly ExternalChannel[],
  now: Date,
): ExternalQueryFormValues => ({
  channel: channels[0]?.name ?? '',
  queriedAt: wallOf(now),
  outcome: null,
  summary: '',
  attachments: [],
});
