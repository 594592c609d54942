import type { Db } from '../../node-shared/db/connection';
import { openReader } from '../db/open-platform-db';
import type { FeedSource } from './feed-signal';
import { latestSeq } from './feed.repo';

/**
 * The feed's newest seq read through a read-only connection of its own (opened at the first read): in WAL mode
 * each read sees the latest commit of any process on the file, so two platform processes on one data directory
 * wake each other's waiters. No subscribe: the feed signal polls it.
 */
export function sqliteFeedSource(db: Db, nativeBinding?: string): FeedSource & { close: () => void } {
  let reader: Db | null = null;
  return {
    latest: () => {
      // An in-memory database (some tests) has no file for a second connection: it is read directly.
      reader ??= db.memory ? db : openReader(db, nativeBinding);
      return latestSeq(reader);
    },
    close: () => {
      if (reader !== null && reader !== db) reader.close();
      reader = null;
    },
  };
}
