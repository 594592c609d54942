import type { Db } from '../../../node-shared/db/connection';
import { PlatformRequestError, type PlatformClient } from '../sync/platform-client';
import { DEFAULT_RETRY, type RetryPolicy, withRetry } from '../sync/retry';
import { deliveriesCursor, storeDeliveries } from './deliveries.repo';

/** At most this many pages per sync (500 each): a PC far behind catches up over a few syncs. */
const MAX_PAGES = 20;

/**
 * Pulls the states of this device's feedback on its way to the province, from the stored cursor on (a transient
 * failure is retried as the feed's pages are). A platform
 * without the route (an older one answers NOT_FOUND) is no error: the records stay 待报送 here.
 * Resolves with how many states arrived.
 */
export async function pullDeliveries(
  db: Db,
  client: Pick<PlatformClient, 'feedbackDeliveries'>,
  retry: RetryPolicy = DEFAULT_RETRY,
): Promise<number> {
  let pulled = 0;
  try {
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const after = deliveriesCursor(db);
      const answer = await withRetry(() => client.feedbackDeliveries(after), retry);
      storeDeliveries(db, answer.deliveries, answer.next);
      pulled += answer.deliveries.length;
      if (!answer.more) break;
    }
  } catch (error) {
    if (error instanceof PlatformRequestError && error.code === 'NOT_FOUND') return pulled;
    throw error;
  }
  return pulled;
}
