import type { TestProject } from 'vitest/node';
import { pgUnavailableReason, startPgCluster, type PgCluster } from './pg-cluster';

/** What the PostgreSQL tests get from the run's one cluster (inject('pg')). */
export type PgProvided =
  { available: true; adminUrl: string; template: string } | { available: false; reason: string };

declare module 'vitest' {
  // Declaration merging: vitest's ProvidedContext is an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    pg: PgProvided;
  }
}

/** The empty database every test database is copied from (CREATE DATABASE … TEMPLATE). */
export const PG_EMPTY_TEMPLATE = 'ccw_empty_template';

// One cluster for the whole run, shared by every project that lists this global setup (they all run in the one
// vitest process): the last project to finish stops it.
type Shared = { cluster: Promise<PgCluster>; users: number };
const SHARED = Symbol.for('ccw.pgCluster');
const registry = globalThis as unknown as Record<symbol, Shared | undefined>;

async function acquire(): Promise<PgCluster> {
  const shared = registry[SHARED] ?? { cluster: prepare(), users: 0 };
  registry[SHARED] = shared;
  shared.users += 1;
  return shared.cluster;
}

async function release(): Promise<void> {
  const shared = registry[SHARED];
  if (shared === undefined) return;
  shared.users -= 1;
  if (shared.users > 0) return;
  registry[SHARED] = undefined;
  (await shared.cluster).stop();
}

async function prepare(): Promise<PgCluster> {
  const cluster = await startPgCluster();
  try {
    const { Client } = await import('pg');
    const client = new Client({ connectionString: cluster.url('postgres') });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE ${PG_EMPTY_TEMPLATE} IS_TEMPLATE true`);
    } finally {
      await client.end();
    }
    return cluster;
  } catch (error) {
    cluster.stop();
    throw error;
  }
}

/**
 * Vitest global setup: starts the run's throwaway PostgreSQL cluster (platform/testing/pg-cluster.ts) and
 * provides its admin URL; without PostgreSQL binaries the tests get the reason and skip, saying why.
 */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const reason = pgUnavailableReason();
  if (reason !== null) {
    console.warn(reason);
    project.provide('pg', { available: false, reason });
    return async () => {};
  }
  const cluster = await acquire();
  project.provide('pg', { available: true, adminUrl: cluster.url('postgres'), template: PG_EMPTY_TEMPLATE });
  return release;
}
