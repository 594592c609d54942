import Database from 'better-sqlite3';
import type { Db } from './connection';

/** The SQL the platform's database speaks: SQLite (embedded, the default) or PostgreSQL (`--database`). */
export type SqlDialect = 'sqlite' | 'postgres';

/**
 * Which engine a connection is: a better-sqlite3 connection is SQLite; the one other kind the platform is handed
 * is its PostgreSQL engine (platform/db/pg/engine.ts, passed on as a Db). Repositories write one statement for
 * both wherever SQL allows and pick by this only where it does not (JSON inside a text column, a table's
 * columns), next to the statement.
 */
export const dialectOf = (db: Db): SqlDialect => (db instanceof Database ? 'sqlite' : 'postgres');

/** SQLite's and PostgreSQL's codes for a write another writer got to first (a taken key) or a lock cycle. */
const CONFLICT_CODES: ReadonlySet<string> = new Set([
  'SQLITE_CONSTRAINT_PRIMARYKEY',
  'SQLITE_CONSTRAINT_UNIQUE',
  '23505', // unique_violation
  '40P01', // deadlock_detected
]);

/**
 * Whether a failed transaction lost a race to another connection (another platform process on the same
 * database): rolled back whole, it can be run again and then sees what the winner committed.
 */
export const isWriteConflict = (error: unknown): boolean =>
  error instanceof Error &&
  typeof (error as Error & { code?: unknown }).code === 'string' &&
  CONFLICT_CODES.has((error as Error & { code: string }).code);
