import type { Db } from '../../node-shared/db/connection';
import { pgEngineOf } from '../db/open-platform-db';
import type { ReadPool } from '../db/pg/read-pool';
import type { FeedSource } from './feed-signal';
import { pgFeedSource } from './pg-feed-source';
import { sqliteFeedSource } from './sqlite-feed-source';

/**
 * The feed source for the platform's database: on PostgreSQL LISTEN/NOTIFY wakes the waiters across processes;
 * with the read pool (PostgreSQL's, http/readers.ts) it keeps the newest seq read off the event loop;
 * on SQLite a read-only connection polled while anybody waits sees every process's commits to the file.
 */
export function feedSourceFor(
  db: Db,
  nativeBinding?: string,
  pool: ReadPool | null = null,
): FeedSource & { close: () => void } {
  const engine = pgEngineOf(db);
  if (engine !== null) {
    const source = pgFeedSource(engine, pool);
    return { ...source, close: () => void source.close() };
  }
  return sqliteFeedSource(db, nativeBinding);
}
