import { Client } from 'pg';
import type { PgDatabase } from '../db/pg/engine';
import { pgAsDb } from '../db/pg/engine-migrate';
import type { ReadPool } from '../db/pg/read-pool';
import type { FeedSource } from './feed-signal';
import { latestSeq, latestSeqPooled } from './feed.repo';

/** The schema's feed trigger notifies this channel once per committing transaction (platform/db/pg/migrations). */
export const FEED_CHANNEL = 'feed_changed';

/** Wait before connecting again after the LISTEN connection failed or dropped. */
const RECONNECT_MS = 1_000;

/**
 * The feed's newest seq on PostgreSQL, woken by LISTEN feed_changed on a connection of its own, so a change
 * committed by any platform process on the database wakes this process's waiters at once. The LISTEN connection
 * is opened at the first subscriber and kept until close; when it drops it is opened again, and each
 * (re)connection wakes the waiters to look once more (a notification sent while it was down is lost, the change
 * it announced is not).
 *
 * With a read pool, the seq is read through it after each notification, off the event loop, and kept: every
 * wait asks for it, hundreds a second with a city's PCs. The kept value counts only while LISTEN is up and was
 * read after LISTEN began (a commit after that read notifies, and is read again before waking anyone); until
 * then, and without a pool, it is read through the platform's own connection.
 */
export function pgFeedSource(
  engine: PgDatabase,
  pool: ReadPool | null = null,
): FeedSource & { close: () => Promise<void> } {
  const wakers = new Set<() => void>();
  let client: Client | null = null;
  let retry: NodeJS.Timeout | null = null;
  let closed = false;
  const wakeAll = (): void => wakers.forEach((wake) => wake());

  /** The seq last read through the pool, valid for `generation` (one LISTEN connection's life). */
  let kept: number | null = null;
  let generation = 0;
  /** Whether this generation's LISTEN has been answered: a read begun before it may miss a commit. */
  let listening = false;
  let reading = false;
  let readAgain = false;
  const refresh = (): void => {
    if (pool === null) return wakeAll();
    if (reading) {
      readAgain = true;
      return;
    }
    reading = true;
    const readFor = listening ? generation : -1;
    latestSeqPooled(pool)
      .then(
        (seq) => {
          if (readFor === generation) kept = Math.max(kept ?? 0, seq);
        },
        // Not read: waiters look through the platform's connection until a read succeeds.
        () => (kept = null),
      )
      .finally(() => {
        reading = false;
        if (readAgain) {
          readAgain = false;
          refresh();
        } else wakeAll();
      });
  };

  const connect = (): void => {
    if (closed || client !== null) return;
    const listener = new Client({ connectionString: engine.listenAddress() });
    client = listener;
    generation += 1;
    kept = null;
    listening = false;
    const lost = (): void => {
      if (client !== listener) return;
      client = null;
      generation += 1;
      kept = null;
      listening = false;
      void listener.end().catch(() => undefined);
      if (closed) return;
      retry = setTimeout(connect, RECONNECT_MS);
      retry.unref();
    };
    listener.on('notification', refresh);
    listener.on('error', lost);
    listener.on('end', lost);
    listener
      .connect()
      .then(() => listener.query(`LISTEN ${FEED_CHANNEL}`))
      .then(() => {
        if (client !== listener) return;
        listening = true;
        refresh();
      }, lost);
  };

  return {
    latest: () => kept ?? latestSeq(pgAsDb(engine)),
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
