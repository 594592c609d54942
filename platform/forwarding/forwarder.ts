import type { Db } from '../../node-shared/db/connection';
import {
  type BackoffPolicy,
  DEFAULT_BACKOFF,
  retriesLeft,
  retryDelayMs,
} from '../../shared/feedback-forwarding/backoff';
import { buildProvincialRecord } from '../../shared/feedback-forwarding/build-record';
import { toBeijingIso } from '../../shared/time';
import { currentRuleTable } from '../rules/rule-tables';
import type { DeliveryOutcome, ProvincialAdapter } from './adapter';
import { type DueDelivery, dueDeliveries, settleAttempt } from './deliveries.repo';

export type ForwarderOptions = {
  db: Db;
  adapter: ProvincialAdapter;
  backoff?: BackoffPolicy;
  /** How often the loop looks for due records (ms). */
  intervalMs?: number;
  /** Records taken per look. */
  batch?: number;
  now?: () => Date;
  random?: () => number;
  /** Told of every failed attempt (the platform's log). */
  onFailure?: (delivery: DueDelivery, error: string, stopped: boolean) => void;
};

export type FeedbackForwarder = {
  /** One pass over the records due now; resolves with how many were attempted. */
  runOnce: () => Promise<number>;
  /** Starts the loop (a pass at once, then every intervalMs). */
  start: () => void;
  /** Stops the loop and waits for the pass under way. */
  stop: () => Promise<void>;
};

export const DEFAULT_FORWARD_INTERVAL_MS = 2_000;

/**
 * The platform's forwarder: takes queued feedback records (feedback_deliveries) that are due, builds each in the
 * provincial field set in force (rule table provincial-feedback) and hands it to the adapter; a failure is tried
 * again after an exponential, jittered, capped wait, and after the last allowed attempt the record stops
 * (dead letter) with the last error. Everything it needs is in the database, so a restarted platform resumes
 * where it stopped; the delivery key lets the receiver drop a record that arrives twice.
 */
export function createFeedbackForwarder(options: ForwarderOptions): FeedbackForwarder {
  const { db, adapter } = options;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const now = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  const intervalMs = options.intervalMs ?? DEFAULT_FORWARD_INTERVAL_MS;
  let running: Promise<number> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopped = true;

  const attempt = async (delivery: DueDelivery): Promise<DeliveryOutcome> => {
    if (delivery.checkPayload === null)
      return { ok: false, retry: true, error: '该反馈对应的核查记录尚未送达平台' };
    const table = currentRuleTable(db, 'provincial-feedback');
    if (table === null) return { ok: false, retry: true, error: '平台未载入联合奖惩反馈报送字段表' };
    const built = buildProvincialRecord(
      table,
      JSON.parse(delivery.checkPayload) as unknown,
      JSON.parse(delivery.feedbackPayload) as unknown,
    );
    if (!built.ok) return { ok: false, retry: false, error: built.message };
    try {
      return await adapter.deliver(built.record, delivery.deliveryKey);
    } catch {
      return { ok: false, retry: true, error: '报送时发生意外错误' };
    }
  };

  const pass = async (): Promise<number> => {
    const due = dueDeliveries(db, now().getTime(), options.batch ?? 20);
    for (const delivery of due) {
      const outcome = await attempt(delivery);
      const at = toBeijingIso(now());
      const key = { deviceId: delivery.deviceId, feedbackId: delivery.feedbackId };
      if (outcome.ok) {
        settleAttempt(db, key, { state: 'delivered', at });
        continue;
      }
      const attempts = delivery.attempts + 1;
      const again = outcome.retry && retriesLeft(backoff, attempts);
      settleAttempt(db, key, {
        state: again ? 'retrying' : 'dead',
        at,
        error: outcome.error,
        nextMs: again ? now().getTime() + retryDelayMs(backoff, attempts, random) : null,
      });
      options.onFailure?.(delivery, outcome.error, !again);
    }
    return due.length;
  };

  const runOnce = (): Promise<number> => {
    // One pass at a time: a record is never sent by two passes at once.
    running ??= pass().finally(() => {
      running = null;
    });
    return running;
  };

  const schedule = (): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      runOnce().then(schedule, schedule);
    }, intervalMs);
  };

  return {
    runOnce,
    start: () => {
      if (!stopped) return;
      stopped = false;
      runOnce().then(schedule, schedule);
    },
    stop: async () => {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      await running?.catch(() => undefined);
    },
  };
}
