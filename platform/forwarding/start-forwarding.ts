import type { Db } from '../../node-shared/db/connection';
import type { BackoffPolicy } from '../../shared/feedback-forwarding/backoff';
import { httpProvincialAdapter } from './adapter';
import { createFeedbackForwarder, type FeedbackForwarder } from './forwarder';
import { loadBundledFieldSet, type ReferenceReceiver, startReferenceReceiver } from './reference-receiver';

/** How the platform forwards feedback to the provincial 联合奖惩 system (docs/platform.md). */
export type ForwardingConfig = {
  /**
   * The provincial receiver's URL. None: in demo mode an in-process reference receiver takes the records; outside
   * it, records are queued (待报送) and wait until a URL is configured.
   */
  receiverUrl?: string;
  timeoutMs?: number;
  backoff?: BackoffPolicy;
  intervalMs?: number;
  random?: () => number;
  /** false: queue only, no loop (tests drive the forwarder with runOnce). */
  autoStart?: boolean;
};

export type Forwarding = {
  forwarder: FeedbackForwarder | null;
  /** The in-process reference receiver of demo mode, if one was started. */
  receiver: ReferenceReceiver | null;
  close: () => Promise<void>;
};

export async function startForwarding(
  db: Db,
  options: { config: ForwardingConfig; demo: boolean; resourcesDir: string; now: () => Date },
): Promise<Forwarding> {
  const { config } = options;
  let receiver: ReferenceReceiver | null = null;
  let url = config.receiverUrl;
  if (url === undefined && options.demo) {
    receiver = await startReferenceReceiver({ fields: loadBundledFieldSet(options.resourcesDir) });
    url = receiver.url;
  }
  if (url === undefined) return { forwarder: null, receiver: null, close: () => Promise.resolve() };
  const forwarder = createFeedbackForwarder({
    db,
    adapter: httpProvincialAdapter({
      url,
      ...(config.timeoutMs === undefined ? {} : { timeoutMs: config.timeoutMs }),
    }),
    now: options.now,
    ...(config.backoff === undefined ? {} : { backoff: config.backoff }),
    ...(config.intervalMs === undefined ? {} : { intervalMs: config.intervalMs }),
    ...(config.random === undefined ? {} : { random: config.random }),
  });
  if (config.autoStart !== false) forwarder.start();
  return {
    forwarder,
    receiver,
    close: async () => {
      await forwarder.stop();
      await receiver?.close();
    },
  };
}
