import { z } from 'zod';
import { FeedbackDelivery } from '../feedback-forwarding/delivery';

/**
 * GET feedback-deliveries?after=<cursor> (device token): how the feedback this device recorded is getting on
 * towards the provincial 联合奖惩 system, changes after the cursor, oldest change first. Only this device's
 * records; `next` is the cursor for the following page, `more` says whether one follows.
 */
export const FeedbackDeliveriesQuery = z.object({
  after: z.coerce
    .number({ error: '游标应为非负整数' })
    .int('游标应为非负整数')
    .nonnegative('游标应为非负整数')
    .max(Number.MAX_SAFE_INTEGER, '游标过大')
    .default(0),
});

export const FEEDBACK_DELIVERIES_PAGE = 500;

export const FeedbackDeliveriesResponse = z.object({
  deliveries: z.array(FeedbackDelivery),
  next: z.number().int().nonnegative(),
  more: z.boolean(),
});
export type FeedbackDeliveriesResponse = z.infer<typeof FeedbackDeliveriesResponse>;
