import type { Db } from '../../node-shared/db/connection';
import { openReader, pgEngineOf } from '../db/open-platform-db';
import { openReadPool, type ReadPool } from '../db/pg/read-pool';

export type Readers = {
  /** A read-only connection in a transaction: everything it reads is one snapshot. */
  open: () => Db;
  release: (reader: Db) => void;
  /** Closes the readers; the pool is closed by closePool. */
  closeAll: () => void;
  /**
   * On PostgreSQL, the pool for the hot reads that must not block the event loop (device tokens, feed pages, the
   * feed's newest seq; db/pg/read-pool.ts); null on SQLite, whose reads take microseconds on the loop.
   */
  pool: ReadPool | null;
  closePool: () => Promise<void>;
};

/** Idle read connections kept for the next stream: on PostgreSQL each is a connection and a worker thread. */
export const IDLE_READERS = 8;

/**
 * Read connections for streams and checksums, tracked so that a server shutting down closes any left open
 * (an open WAL reader would hold back checkpoints for as long as it lives). A released reader ends its snapshot
 * and waits, idle, for the next stream (at most IDLE_READERS of them): opening one per request cost a PostgreSQL
 * platform about 50 ms of CPU a feed request (a worker thread and a connection each time).
 */
export function readerPool(db: Db, nativeBinding?: string): Readers {
  const open = new Set<Db>();
  const idle: Db[] = [];
  const engine = pgEngineOf(db);
  // Opens no connection before its first read.
  const pool = engine === null ? null : openReadPool(engine);
  const close = (reader: Db): void => {
    try {
      reader.close();
    } catch {
      // Still iterating (a stream being torn down): the connection goes when its statement is released.
    }
  };
  return {
    open: () => {
      const reader = idle.pop() ?? openReader(db, nativeBinding);
      reader.exec('BEGIN');
      open.add(reader);
      return reader;
    },
    release: (reader) => {
      if (!open.delete(reader)) return;
      try {
        // Fails while a statement is still being iterated (a stream torn down): that reader is closed instead.
        reader.exec('ROLLBACK');
      } catch {
        close(reader);
        return;
      }
      if (idle.length < IDLE_READERS) idle.push(reader);
      else close(reader);
    },
    closeAll: () => {
      open.forEach(close);
      open.clear();
      idle.splice(0).forEach(close);
    },
    pool,
    closePool: () => pool?.close() ?? Promise.resolve(),
  };
}
