import { Client } from 'pg';
import type { PgDatabase } from '../db/pg/engine';
import { pgAsDb } from '../db/pg/engine-migrate';
import type { FeedSource } from './feed-signal';
import { latestSeq } from './feed.repo';

/** The schema's feed trigger notifies this channel once per committing transaction (platform/db/pg/migrations). */
export const FEED_CHANNEL = 'feed_changed';

/** Wait before connecting again after the LISTEN connection failed or dropped. */
const RECONNECT_MS = 1_000;

/**
 * The feed's newest seq on PostgreSQL: read through the platform's own connection, and woken by LISTEN
 * feed_changed on a connection of its own, so a change committed by any platform process on the database wakes
 * this process's waiters at once. The LISTEN connection is opened at the first subscriber and kept until close;
 * when it drops it is opened again, and each (re)connection wakes the waiters to look once more (a notification
 * sent while it was down is lost, the change it announced is not).
 */
export function pgFeedSource(engine: PgDatabase): FeedSource & { close: () => Promise<void> } {
  const wakers = new Set<() => void>();
  let client: Client | null = null;
  let retry: NodeJS.Timeout | null = null;
  let closed = false;
  const wakeAll = (): void => wakers.forEach((wake) => wake());

  const connect = (): void => {
    if (closed || client !== null) return;
    const listener = new Client({ connectionString: engine.listenAddress() });
    client = listener;
    const lost = (): void => {
      if (client !== listener) return;
      client = null;
      void listener.end().catch(() => undefined);
      if (closed) return;
      retry = setTimeout(connect, RECONNECT_MS);
      retry.unref();
    };
    listener.on('notification', wakeAll);
    listener.on('error', lost);
    listener.on('end', lost);
    listener
      .connect()
      .then(() => listener.query(`LISTEN ${FEED_CHANNEL}`))
      .then(wakeAll, lost);
  };

  return {
    latest: () => latestSeq(pgAsDb(engine)),
    subscribe: (wake) => {
      wakers.add(wake);
      connect();
      return () => {
        wakers.delete(wake);
      };
    },
    close: async () => {
      closed = true;
      wakers.clear();
      if (retry !== null) clearTimeout(retry);
      const listener = client;
      client = null;
      await listener?.end().catch(() => undefined);
    },
  };
}
