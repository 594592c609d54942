import { Pool } from 'pg';
import { bindValues } from './engine-bind';
import type { PgDatabase } from './engine';
import { EngineError } from './engine-errors';
import { translatePlaceholders } from './engine-sql';

/**
 * Reads that do not hold up the platform's event loop: on PostgreSQL a small pg.Pool of read-only connections,
 * answered asynchronously, for the reads every device makes many times a minute (its token on each request, the
 * feed's pages and newest seq). The platform's engine (engine.ts) blocks the one event loop for each round trip;
 * with hundreds of PCs those reads alone kept it busy and pushes waited past their clients' time-out.
 *
 * Statements are written as for the engine (`?` and named parameters, engine-sql.ts). Values come as pg gives
 * them: text, integer and boolean as such, but bigint (int8) and numeric as text: the callers convert.
 */
export type ReadPool = {
  all<T>(sql: string, ...params: unknown[]): Promise<T[]>;
  get<T>(sql: string, ...params: unknown[]): Promise<T | undefined>;
  close(): Promise<void>;
};

/**
 * Connections of the pool: each read is short, but a round trip waits for the server's process to be scheduled,
 * so several run at once.
 */
export const READ_POOL_SIZE = 8;

/** How long a read may wait for a free connection before it fails (a 500, never a request that hangs). */
const CONNECTION_WAIT_MS = 10_000;

/** A read pool on the engine's database, read-only whatever a statement says. */
export function openReadPool(engine: PgDatabase): ReadPool {
  const pool = new Pool({
    connectionString: engine.listenAddress(),
    max: READ_POOL_SIZE,
    connectionTimeoutMillis: CONNECTION_WAIT_MS,
    application_name: 'credit-platform-pool',
    options: `-c default_transaction_read_only=on -c lock_timeout=${engine.lockTimeoutMs}`,
  });
  // A connection lost while idle leaves the pool (pg drops it); the next read opens another.
  pool.on('error', () => undefined);
  // Statements are the repositories' constants: each is translated once.
  const translated = new Map<string, ReturnType<typeof translatePlaceholders>>();
  const all = async <T>(source: string, params: unknown[]): Promise<T[]> => {
    let sql = translated.get(source);
    if (sql === undefined) {
      sql = translatePlaceholders(source);
      translated.set(source, sql);
    }
    try {
      const result = await pool.query({ text: sql.text, values: bindValues(sql.params, params) });
      return result.rows as T[];
    } catch (error) {
      const code =
        typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : null;
      throw new EngineError(code ?? 'ENGINE_FAILED', error instanceof Error ? error.message : String(error));
    }
  };
  return {
    all: (sql, ...params) => all(sql, params),
    get: async <T>(sql: string, ...params: unknown[]) => (await all<T>(sql, params))[0],
    close: () => pool.end().catch(() => undefined),
  };
}
