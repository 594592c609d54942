import type { Db } from '../../../node-shared/db/connection';

/** Any function a transaction may wrap. */
export type TransactionFn = (...args: never[]) => unknown;

/** The arguments of F, spelled as better-sqlite3 spells them (so its Transaction fits SqlTransaction). */
export type Args<F extends TransactionFn> = F extends (...args: infer A) => unknown ? A : never;

/** better-sqlite3's transaction function: call it (or .immediate …) to run `fn` in a transaction. */
export type SqlTransaction<F extends TransactionFn> = {
  (...args: Args<F>): ReturnType<F>;
  default(...args: Args<F>): ReturnType<F>;
  deferred(...args: Args<F>): ReturnType<F>;
  immediate(...args: Args<F>): ReturnType<F>;
  exclusive(...args: Args<F>): ReturnType<F>;
};

export type SqlRunResult = { changes: number; lastInsertRowid: number | bigint };

/**
 * The part of better-sqlite3's Statement the platform uses. Method signatures on purpose: their parameters are
 * compared bivariantly, which lets better-sqlite3's typed statements (Statement<[{…}]>) fit.
 */
export type SqlStatement = {
  readonly source: string;
  run(...params: unknown[]): SqlRunResult;
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  iterate(...params: unknown[]): IterableIterator<unknown>;
  pluck(toggleState?: boolean): SqlStatement;
  raw(toggleState?: boolean): SqlStatement;
};

/**
 * The part of better-sqlite3's Database the platform uses: what the PostgreSQL engine (engine.ts) implements,
 * so the platform's synchronous repositories run on either engine. better-sqlite3's own Database fits it
 * (sqliteAsSqlDatabase below fails to compile otherwise).
 */
export type SqlDatabase = {
  readonly name: string;
  readonly memory: boolean;
  readonly readonly: boolean;
  readonly open: boolean;
  readonly inTransaction: boolean;
  prepare: (source: string) => SqlStatement;
  exec: (source: string) => unknown;
  transaction: <F extends TransactionFn>(fn: F) => SqlTransaction<F>;
  pragma: (source: string, options?: { simple?: boolean }) => unknown;
  close: () => unknown;
};

/** Compile-time proof that a better-sqlite3 connection is an SqlDatabase. */
export const sqliteAsSqlDatabase = (db: Db): SqlDatabase => db;
