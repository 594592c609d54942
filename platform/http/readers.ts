import type { Db } from '../../node-shared/db/connection';
import { openReader } from '../db/open-platform-db';

export type Readers = {
  /** A read-only connection in a transaction: everything it reads is one snapshot. */
  open: () => Db;
  release: (reader: Db) => void;
  closeAll: () => void;
};

/**
 * Read connections for streams and checksums, tracked so that a server shutting down closes any left open
 * (an open WAL reader would hold back checkpoints for as long as it lives).
 */
export function readerPool(db: Db, nativeBinding?: string): Readers {
  const open = new Set<Db>();
  const close = (reader: Db): void => {
    try {
      reader.close();
    } catch {
      // Still iterating (a stream being torn down): the connection goes when its statement is released.
    }
  };
  return {
    open: () => {
      const reader = openReader(db, nativeBinding);
      reader.exec('BEGIN');
      open.add(reader);
      return reader;
    },
    release: (reader) => {
      if (open.delete(reader)) close(reader);
    },
    closeAll: () => {
      open.forEach(close);
      open.clear();
    },
  };
}
