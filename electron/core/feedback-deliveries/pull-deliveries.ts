import type { Db } from '../../../node-shared/db/connection';
import { PlatformRequestError, type PlatformClient } from '../sync/platform-client';
import { deliveriesCursor, storeDeliveries } from './deliveries.repo';

/** At most this many pages per sync (500 each): a PC far behind catches up over a few syncs. */
const MAX_PAGES = 20;

/**
 * Pulls the states of this device's feedback on its way to the province, from the stored cursor on. A platform
 * without the route (an older one answers NOT_FOUND) is no error: the records stay 待报送 here.
 * Resolves with how many states arrived.
 */
export async function pullDeliveries(
  db: Db,
  client: Pick<PlatformClient, 'feedbackDeliveries'>,
): Promise<number> {
  let pulled = 0;
  try {
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const answer = await client.feedbackDeliveries(deliveriesCursor(db));
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
