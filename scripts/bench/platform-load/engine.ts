import { join } from 'node:path';
import { Client } from 'pg';
import { openDatabase } from '../../../node-shared/db/connection';
import { PLATFORM_DB_FILE } from '../../../platform/db/open-platform-db';
import { startPgCluster } from '../../../platform/testing/pg-cluster';
import type { Engine } from './options';

/** What the platform holds of the pushed evidence, read from its database after the run. */
export type StoredEvidence = { checks: { deviceId: string; checkId: string }[]; feedback: number };

/** The database under the platform processes: their extra CLI arguments and how to read what they stored. */
export type EngineSetup = {
  engineArgs: string[];
  storedEvidence: () => Promise<StoredEvidence>;
  dispose: () => Promise<void>;
};

const CHECKS_SQL = 'SELECT device_id AS "deviceId", check_id AS "checkId" FROM platform_checks';
const FEEDBACK_SQL = 'SELECT count(*) AS n FROM platform_feedback';

export async function setUpEngine(engine: Engine, dataDir: string): Promise<EngineSetup> {
  if (engine === 'sqlite')
    return {
      engineArgs: [],
      storedEvidence: () => {
        const db = openDatabase(join(dataDir, PLATFORM_DB_FILE), { readonly: true });
        try {
          const checks = db.prepare(CHECKS_SQL).all() as StoredEvidence['checks'];
          const { n } = db.prepare(FEEDBACK_SQL).get() as { n: number };
          return Promise.resolve({ checks, feedback: n });
        } finally {
          db.close();
        }
      },
      dispose: () => Promise.resolve(),
    };
  // PostgreSQL: a throwaway cluster of the bench's own, durable (every commit flushed), removed at the end.
  const started = await startPgCluster({ durable: true });
  const cluster = { url: started.url('postgres'), stop: () => Promise.resolve(started.stop()) };
  return {
    engineArgs: ['--database', cluster.url],
    storedEvidence: async () => {
      const client = new Client({ connectionString: cluster.url });
      await client.connect();
      try {
        const checks = (await client.query<StoredEvidence['checks'][number]>(CHECKS_SQL)).rows;
        const feedback = (await client.query<{ n: string }>(FEEDBACK_SQL)).rows[0]?.n ?? '0';
        return { checks, feedback: Number(feedback) };
      } finally {
        await client.end();
      }
    },
    dispose: cluster.stop,
  };
}
