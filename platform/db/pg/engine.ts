import { EngineChannel, type WireRequest, type WireResult } from './engine-channel';
import { bindValues } from './engine-bind';
import { connectFailureReason, EngineError } from './engine-errors';
import { translatePlaceholders, type TranslatedSql } from './engine-sql';
import type {
  Args,
  SqlDatabase,
  SqlRunResult,
  SqlStatement,
  SqlTransaction,
  TransactionFn,
} from './engine-types';
import { parseDatabaseUrl, type DatabaseAddress } from './engine-url';
import { pragmaStatements } from './engine-pragma';

export type PgOpenOptions = {
  /** A reader: every transaction read-only and REPEATABLE READ (one snapshot, as a SQLite WAL reader). */
  readonly?: boolean;
  connectTimeoutMs?: number;
  /** How long a statement waits for a lock before failing with 55P03 (SQLite's busy_timeout: 5000). */
  lockTimeoutMs?: number;
};

/** Rows fetched per round trip by iterate(). */
const ITERATE_CHUNK = 500;

/**
 * Serialises `immediate` (and `exclusive`) transactions across every process on the database, as SQLite's
 * BEGIN IMMEDIATE takes the one write lock: a read-then-write transaction never interleaves with another.
 */
export const IMMEDIATE_LOCK_KEY = 0x63637731; // 'ccw1'

const asBuffer = (value: unknown): unknown =>
  value instanceof Uint8Array && !Buffer.isBuffer(value)
    ? Buffer.from(value.buffer, value.byteOffset, value.byteLength)
    : value;

type Shape = 'object' | 'pluck' | 'raw';

function shapeRow(shape: Shape, columns: readonly string[], values: readonly unknown[]): unknown {
  if (shape === 'pluck') return asBuffer(values[0]);
  if (shape === 'raw') return values.map(asBuffer);
  const row: Record<string, unknown> = {};
  columns.forEach((column, index) => (row[column] = asBuffer(values[index])));
  return row;
}

class PgStatement implements SqlStatement {
  private shape: Shape = 'object';
  private readonly sql: TranslatedSql;

  constructor(
    private readonly db: PgDatabase,
    readonly source: string,
  ) {
    this.sql = translatePlaceholders(source);
  }

  pluck(toggleState = true): this {
    this.shape = toggleState ? 'pluck' : 'object';
    return this;
  }

  raw(toggleState = true): this {
    this.shape = toggleState ? 'raw' : 'object';
    return this;
  }

  private query(args: readonly unknown[]): WireResult {
    return this.db.request({
      op: 'query',
      sql: this.sql.text,
      params: bindValues(this.sql.params, args),
    }) as WireResult;
  }

  /** `lastInsertRowid` is always 0: PostgreSQL has no rowid (use RETURNING). */
  run(...params: unknown[]): SqlRunResult {
    return { changes: this.query(params).rowCount, lastInsertRowid: 0 };
  }

  get(...params: unknown[]): unknown {
    const result = this.query(params);
    const first = result.rows[0];
    return first === undefined ? undefined : shapeRow(this.shape, result.columns, first);
  }

  all(...params: unknown[]): unknown[] {
    const result = this.query(params);
    return result.rows.map((values) => shapeRow(this.shape, result.columns, values));
  }

  /**
   * Rows through a server-side cursor, ITERATE_CHUNK at a time, so memory stays flat. Outside a transaction the
   * cursor gets one of its own, committed when the iterator ends or is abandoned (break, return).
   */
  iterate(...params: unknown[]): IterableIterator<unknown> {
    return this.db.cursor(this.sql, bindValues(this.sql.params, params), this.shape);
  }
}

/**
 * A synchronous PostgreSQL connection with the part of better-sqlite3's API the platform uses (SqlDatabase):
 * `?` and named parameters, nested transactions as savepoints, iterate over a cursor, errors carrying
 * PostgreSQL's SQLSTATE as `code`. One worker thread holds the pg connection (engine-channel.ts).
 */
export class PgDatabase implements SqlDatabase {
  readonly memory = false;
  readonly readonly: boolean;
  /** The address without its password. */
  readonly name: string;
  readonly lockTimeoutMs: number;
  private channel: EngineChannel | null;
  private savepoints = 0;
  private cursors = 0;

  /** The full address (password included) for a connection of the caller's own, such as a LISTEN. */
  listenAddress(): string {
    return this.address.url;
  }

  constructor(
    private readonly address: DatabaseAddress,
    options: PgOpenOptions = {},
  ) {
    this.name = address.display;
    this.readonly = options.readonly === true;
    this.lockTimeoutMs = Math.max(0, Math.floor(options.lockTimeoutMs ?? 5_000));
    const channel = new EngineChannel();
    const settings = [
      `SET lock_timeout = ${this.lockTimeoutMs}`,
      ...(this.readonly
        ? ['SET default_transaction_read_only = on', "SET default_transaction_isolation = 'repeatable read'"]
        : []),
    ];
    try {
      channel.call({
        op: 'connect',
        url: address.url,
        connectTimeoutMs: options.connectTimeoutMs ?? 5_000,
        applicationName: this.readonly ? 'credit-platform-reader' : 'credit-platform',
        settings,
      });
    } catch (error) {
      try {
        channel.call({ op: 'close' });
      } catch {
        // The connection never came up: nothing to close.
      }
      channel.terminate();
      const code = error instanceof EngineError ? error.code : undefined;
      const message = error instanceof Error ? error.message : String(error);
      throw new EngineError(
        'DATABASE_UNREACHABLE',
        `无法连接 PostgreSQL 数据库（${address.display}）：${connectFailureReason(code, message)}`,
      );
    }
    this.channel = channel;
  }

  /** Another connection to the same database for long reads: read-only, each transaction one snapshot. */
  openReader(): PgDatabase {
    return new PgDatabase(this.address, { readonly: true, lockTimeoutMs: this.lockTimeoutMs });
  }

  get open(): boolean {
    return this.channel !== null;
  }

  get inTransaction(): boolean {
    return this.channel !== null && this.channel.tx !== 'I';
  }

  /** One request to the connection's worker (for the statements of this module). */
  request(request: WireRequest): unknown {
    if (this.channel === null) throw new TypeError('The database connection is not open');
    return this.channel.call(request);
  }

  prepare(source: string): PgStatement {
    if (this.channel === null) throw new TypeError('The database connection is not open');
    return new PgStatement(this, source);
  }

  /** Runs one or more statements without parameters (PostgreSQL's simple query protocol). */
  exec(source: string): this {
    this.request({ op: 'exec', sql: source });
    return this;
  }

  /** The few pragmas the platform sets or reads, in PostgreSQL's terms (engine-pragma.ts). */
  pragma(source: string, options: { simple?: boolean } = {}): unknown {
    const plan = pragmaStatements(source);
    if (plan.kind === 'set') {
      this.exec(plan.sql);
      return [];
    }
    const value = plan.read((sql) => (this.request({ op: 'query', sql, params: [] }) as WireResult).rows);
    return options.simple === true ? value : [{ [plan.name]: value }];
  }

  transaction<F extends TransactionFn>(fn: F): SqlTransaction<F> {
    const run =
      (immediate: boolean) =>
      (...args: Args<F>): ReturnType<F> =>
        this.runTransaction(immediate, () => Reflect.apply(fn, undefined, args) as ReturnType<F>);
    return Object.assign(run(false), {
      default: run(false),
      deferred: run(false),
      immediate: run(true),
      exclusive: run(true),
    });
  }

  private runTransaction<T>(immediate: boolean, body: () => T): T {
    if (this.inTransaction) return this.inSavepoint(body);
    let result: T;
    try {
      this.exec(immediate ? `BEGIN; SELECT pg_advisory_xact_lock(${IMMEDIATE_LOCK_KEY})` : 'BEGIN');
      result = body();
      if (result instanceof Promise) throw new TypeError('Transaction function cannot return a promise');
    } catch (error) {
      if (this.inTransaction) this.exec('ROLLBACK');
      throw error;
    }
    // A statement that failed inside (its error caught by the function) leaves PostgreSQL's transaction aborted,
    // and COMMIT would then roll back without a word: say so instead.
    if (this.channel?.tx === 'E') {
      this.exec('ROLLBACK');
      throw new EngineError('25P02', '事务中有语句失败，整个事务已回滚，未写入任何内容');
    }
    this.exec('COMMIT');
    return result;
  }

  private inSavepoint<T>(body: () => T): T {
    const name = `engine_savepoint_${++this.savepoints}`;
    this.exec(`SAVEPOINT ${name}`);
    try {
      const result = body();
      if (result instanceof Promise) throw new TypeError('Transaction function cannot return a promise');
      this.exec(`RELEASE SAVEPOINT ${name}`);
      return result;
    } catch (error) {
      if (this.inTransaction) this.exec(`ROLLBACK TO SAVEPOINT ${name}; RELEASE SAVEPOINT ${name}`);
      throw error;
    } finally {
      this.savepoints -= 1;
    }
  }

  /** iterate()'s generator: nothing is sent before the first row is asked for. */
  *cursor(sql: TranslatedSql, params: unknown[], shape: Shape): Generator<unknown, void, undefined> {
    const own = !this.inTransaction;
    if (own) this.exec('BEGIN');
    this.cursors += 1;
    let cursor: string | null = null;
    try {
      cursor = this.request({ op: 'declare', sql: sql.text, params }) as string;
      for (;;) {
        const chunk = this.request({ op: 'fetch', cursor, count: ITERATE_CHUNK }) as WireResult;
        for (const values of chunk.rows) yield shapeRow(shape, chunk.columns, values);
        if (chunk.rows.length < ITERATE_CHUNK) break;
      }
    } finally {
      this.cursors -= 1;
      if (this.channel !== null) {
        if (own) this.exec(this.channel.tx === 'T' ? 'COMMIT' : 'ROLLBACK');
        else if (cursor !== null && this.channel.tx === 'T') this.exec(`CLOSE ${cursor}`);
      }
    }
  }

  /** Closes the connection; better-sqlite3 refuses while an iterator is open, and so does this. */
  close(): this {
    if (this.cursors > 0) throw new TypeError('This database connection is busy executing a query');
    const channel = this.channel;
    if (channel === null) return this;
    this.channel = null;
    try {
      channel.call({ op: 'close' });
    } finally {
      channel.terminate();
    }
    return this;
  }
}

/** Opens a PostgreSQL connection at `url` (checked by parseDatabaseUrl: refused with an EngineError). */
export const openPgDatabase = (url: string, options: PgOpenOptions = {}): PgDatabase =>
  new PgDatabase(parseDatabaseUrl(url), options);
