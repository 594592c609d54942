import { setImmediate as nextTurn } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import { platformRoutes, syncedTables, type Snapshot, type SyncedTable } from '../../shared/platform-api/api';
import { tableHasher } from '../../shared/platform-api/checksum';
import { latestSeq, tableCanonicalRows } from './feed.repo';
import type { RouteContext } from '../http/route-context';

// Yield to the event loop every so many rows: hashing a city-sized registry must not stall other requests.
const ROWS_PER_TURN = 5_000;

/**
 * snapshot: per table a count and an order-independent hash of the rows exactly as the feed sends them, and
 * the seq they correspond to, all read from one snapshot of the database.
 */
export function registerSnapshotRoute(app: FastifyInstance, context: RouteContext): void {
  const { readers, auth } = context;

  app.get(platformRoutes.snapshot, { onRequest: auth }, async (): Promise<Snapshot> => {
    const reader = readers.open();
    try {
      const seq = latestSeq(reader);
      // Every synced table is filled in below, so the record is complete when returned.
      const tables = {} as Snapshot['tables'];
      for (const table of Object.keys(syncedTables) as SyncedTable[]) {
        const hasher = tableHasher();
        let rows = 0;
        for (const text of tableCanonicalRows(reader, table)) {
          hasher.addCanonical(text);
          rows += 1;
          if (rows % ROWS_PER_TURN === 0) await nextTurn();
        }
        tables[table] = hasher.result();
      }
      return { seq, tables };
    } finally {
      readers.release(reader);
    }
  });
}
