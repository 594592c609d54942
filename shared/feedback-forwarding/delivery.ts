import { z } from 'zod';
import { isoDateTime } from '../domain/catalogue';

/**
 * Where one feedback record stands on its way to the provincial 联合奖惩 system: 待报送 (not tried yet), 报送失败，
 * 重试中 (failed, tried again later), 已报送 (the receiver took it), 报送失败（已停止重试） (dead letter).
 */
export const deliveryStates = ['pending', 'retrying', 'delivered', 'dead'] as const;
export const DeliveryState = z.enum(deliveryStates);
export type DeliveryState = z.infer<typeof DeliveryState>;

/** One feedback record's delivery, as the platform tells the device that recorded it. */
export const FeedbackDelivery = z.object({
  feedbackId: z.string().min(1).max(100),
  checkId: z.string().min(1).max(100),
  state: DeliveryState,
  attempts: z.number().int().nonnegative(),
  deliveredAt: isoDateTime.nullable(),
  /** The last failure, in Chinese; null once delivered or before the first failure. */
  lastError: z.string().max(500).nullable(),
  updatedAt: isoDateTime,
});
export type FeedbackDelivery = z.infer<typeof FeedbackDelivery>;

/** A check's feedback taken together: the worst of its records, and when the last was delivered. */
export const CheckDelivery = z.object({
  state: DeliveryState,
  deliveredAt: isoDateTime.nullable(),
  lastError: z.string().nullable(),
});
export type CheckDelivery = z.infer<typeof CheckDelivery>;

const severity: Record<DeliveryState, number> = { delivered: 0, pending: 1, retrying: 2, dead: 3 };

/** null when no feedback of the check has a known delivery. */
export function checkDelivery(
  deliveries: readonly Pick<FeedbackDelivery, 'state' | 'deliveredAt' | 'lastError'>[],
): CheckDelivery | null {
  if (deliveries.length === 0) return null;
  const worst = deliveries.reduce((a, b) => (severity[b.state] > severity[a.state] ? b : a));
  if (worst.state !== 'delivered')
    return { state: worst.state, deliveredAt: null, lastError: worst.lastError };
  const last = deliveries.map((delivery) => delivery.deliveredAt ?? '').reduce((a, b) => (b > a ? b : a), '');
  return { state: 'delivered', deliveredAt: last === '' ? null : last, lastError: null };
}
