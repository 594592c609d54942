import type { OutboxEntry } from '../../../shared/platform-api/api';
import { toBeijingIso } from '../../../shared/time';
import type { Db } from '../../../node-shared/db/connection';
import { userTokenOf } from '../auth/credentials.repo';
import { pendingEntries, recordResults, type PendingEntry } from './outbox.repo';
import { PlatformRequestError, type PlatformClient } from './platform-client';
import { withRetry, type RetryPolicy } from './retry';

export type PushSummary = { delivered: number; rejected: number; conflicts: number };

export type PushOptions = {
  chunkSize: number;
  retry?: RetryPolicy;
  now: () => Date;
  onProgress?: (sent: number) => void;
  /**
   * Runs after a chunk is selected and before it is sent (the attachments upload): whatever the chunk's entries
   * need at the platform was written before them, so it is in place by then. A throw stops the push.
   */
  beforeSend?: (entries: readonly OutboxEntry[]) => Promise<unknown>;
};

/**
 * The entry as sent: one made by a person carries that person's user token from their last online sign-in here
 * (the platform authorises workflow writes by it). Without one it goes as it is, and the platform refuses it with
 * its reason, shown on the 同步 page.
 */
function signed(db: Db, { entry, madeBy }: PendingEntry): OutboxEntry {
  const token = madeBy === null ? null : userTokenOf(db, madeBy);
  return madeBy === null || token === null ? entry : { ...entry, user: { username: madeBy, token } };
}

/**
 * Sends the outbox in chunks, in mutation order. Retries are safe: the platform answers an entry it already
 * has with `duplicate`. A rejected entry is marked and shown, never retried, and never holds back the rest.
 */
export async function push(db: Db, client: PlatformClient, options: PushOptions): Promise<PushSummary> {
  const summary: PushSummary = { delivered: 0, rejected: 0, conflicts: 0 };
  let lastFirst = -1;
  for (;;) {
    const entries = pendingEntries(db, options.chunkSize).map((pending) => signed(db, pending));
    const first = entries[0]?.mutationId;
    if (first === undefined) return summary;
    // A platform that keeps answering without settling the same first entry would loop forever: stop instead.
    if (first === lastFirst) {
      throw new PlatformRequestError(
        'OUTBOX_UNSETTLED',
        `市平台未答复第 ${first} 条待上传记录，将在下次同步时重试`,
        true,
      );
    }
    lastFirst = first;
    await options.beforeSend?.(entries);
    const response = await withRetry(() => client.push(entries), options.retry);
    recordResults(db, response.results, toBeijingIso(options.now()));
    for (const result of response.results) {
      if (result.status === 'applied' || result.status === 'duplicate') summary.delivered += 1;
      else if (result.status === 'rejected') summary.rejected += 1;
      else summary.conflicts += 1;
    }
    options.onProgress?.(summary.delivered + summary.rejected + summary.conflicts);
  }
}
