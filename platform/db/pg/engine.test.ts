import { afterEach, expect, it } from 'vitest';
import { describePg, freshPgDatabases } from '../../testing/pg-databases';
import { openPgDatabase, type PgDatabase } from './engine';
import { EngineError, isConstraintViolation } from './engine-errors';

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return error instanceof EngineError ? error.code : `not an EngineError: ${String(error)}`;
  }
  return undefined;
};

describePg('the synchronous PostgreSQL engine', () => {
  const freshDb = freshPgDatabases();
  const opened: PgDatabase[] = [];
  const open = async (options = {}): Promise<{ db: PgDatabase; url: string }> => {
    const url = await freshDb();
    const db = openPgDatabase(url, options);
    opened.push(db);
    return { db, url };
  };
  const another = (url: string, options = {}): PgDatabase => {
    const db = openPgDatabase(url, options);
    opened.push(db);
    return db;
  };
  afterEach(() => {
    for (const db of opened.splice(0)) if (db.open) db.close();
  });

  const people = (db: PgDatabase): void => {
    db.exec(`CREATE TABLE people (id integer PRIMARY KEY, name text NOT NULL UNIQUE, born text,
             active boolean NOT NULL DEFAULT true, photo bytea, extra jsonb, total bigint)`);
  };

  it('inserts, reads, updates and deletes with ? and named parameters, as better-sqlite3 answers', async () => {
    const { db } = await open();
    people(db);
    const insert = db.prepare(
      'INSERT INTO people (id, name, born, photo, extra, total) VALUES (?, ?, ?, ?, ?, ?)',
    );
    expect(
      insert.run(1, '张三', '1990-01-02', Buffer.from([1, 2, 3]), '{"a": 1}', 9_007_199_254_740_991n),
    ).toEqual({
      changes: 1,
      lastInsertRowid: 0,
    });
    db.prepare('INSERT INTO people (id, name) VALUES (@id, @name)').run({ id: 2, name: '李四', unused: 'x' });
    db.prepare('INSERT INTO people (id, name) VALUES (:id, :name)').run({ id: 3, name: "王'五" });
    expect(db.prepare('SELECT * FROM people WHERE id = ?').get(1)).toEqual({
      id: 1,
      name: '张三',
      born: '1990-01-02',
      active: 1,
      photo: Buffer.from([1, 2, 3]),
      extra: '{"a": 1}',
      total: 9_007_199_254_740_991,
    });
    expect(
      Buffer.isBuffer((db.prepare('SELECT photo FROM people WHERE id = 1').get() as { photo: Buffer }).photo),
    ).toBe(true);
    expect(db.prepare('SELECT count(*) FROM people').pluck().get()).toBe(3);
    expect(db.prepare('SELECT id, name FROM people ORDER BY id').raw().all()).toEqual([
      [1, '张三'],
      [2, '李四'],
      [3, "王'五"],
    ]);
    expect(db.prepare("SELECT id FROM people WHERE name = '?' OR id = ? -- ?").pluck().all(2)).toEqual([2]);
    expect(db.prepare('SELECT id::text AS "idText" FROM people WHERE id IN (?, ?)').all([1, 3])).toEqual([
      { idText: '1' },
      { idText: '3' },
    ]);
    expect(db.prepare('SELECT 1 FROM people WHERE id = ?').get(99)).toBeUndefined();
    expect(db.prepare('UPDATE people SET active = false WHERE id > ?').run(1).changes).toBe(2);
    expect(db.prepare('SELECT count(*) FROM people WHERE NOT active').pluck().get()).toBe(2);
    expect(db.prepare('DELETE FROM people WHERE id = @id').run({ id: 3 }).changes).toBe(1);
    expect(() => db.prepare('SELECT ?').get()).toThrow(RangeError);
    expect(() => db.prepare('SELECT ?').get(1, 2)).toThrow('Too many parameter values were provided');
    expect(() => db.prepare('SELECT @a').get({})).toThrow('Missing named parameter "a"');
    expect(() => db.prepare('SELECT ?').get(true)).toThrow(TypeError);
  });

  it('commits a transaction, rolls one back on a throw, and nests them as savepoints', async () => {
    const { db } = await open();
    people(db);
    const add = db.prepare('INSERT INTO people (id, name) VALUES (?, ?)');
    db.transaction((id: number) => add.run(id, `p${id}`))(1);
    expect(() =>
      db.transaction(() => {
        add.run(2, 'p2');
        throw new Error('boom');
      })(),
    ).toThrow('boom');
    expect(db.inTransaction).toBe(false);
    const outer = db.transaction(() => {
      add.run(3, 'p3');
      expect(() =>
        db.transaction(() => {
          add.run(4, 'p4');
          add.run(5, 'p3'); // unique name: this savepoint is undone, the outer transaction goes on
        })(),
      ).toThrow(/duplicate key/);
      add.run(6, 'p6');
      return 'done';
    });
    expect(outer.immediate()).toBe('done');
    expect(db.prepare('SELECT id FROM people ORDER BY id').pluck().all()).toEqual([1, 3, 6]);
    expect(() => db.transaction(async () => {})()).toThrow('cannot return a promise');
    expect(db.inTransaction).toBe(false);
  });

  it('refuses to commit a transaction in which a statement failed and the failure was swallowed', async () => {
    const { db } = await open();
    people(db);
    const code = codeOf(() =>
      db.transaction(() => {
        db.prepare('INSERT INTO people (id, name) VALUES (1, ?)').run('a');
        try {
          db.prepare('INSERT INTO people (id, name) VALUES (1, ?)').run('b');
        } catch {
          // swallowed, as SQLite code may do; PostgreSQL has aborted the transaction all the same
        }
      })(),
    );
    expect(code).toBe('25P02');
    expect(db.prepare('SELECT count(*) FROM people').pluck().get()).toBe(0);
  });

  it('iterates over a cursor in chunks, inside or outside a transaction, and releases it on break', async () => {
    const { db } = await open();
    db.exec('CREATE TABLE n (v integer PRIMARY KEY); INSERT INTO n SELECT generate_series(1, 1234)');
    let sum = 0;
    for (const row of db.prepare('SELECT v FROM n WHERE v > ? ORDER BY v').iterate(0) as Iterable<{
      v: number;
    }>)
      sum += row.v;
    expect(sum).toBe((1234 * 1235) / 2);
    expect(db.inTransaction).toBe(false);
    for (const v of db.prepare('SELECT v FROM n ORDER BY v').pluck().iterate() as Iterable<number>)
      if (v === 3) break;
    expect(db.inTransaction).toBe(false);
    db.exec('BEGIN');
    const seen = [
      ...(db.prepare('SELECT v FROM n WHERE v <= @top').raw().iterate({ top: 2 }) as Iterable<number[]>),
    ];
    expect(seen).toEqual([[1], [2]]);
    expect(db.inTransaction).toBe(true);
    db.exec('COMMIT');
    const pending = db.prepare('SELECT v FROM n').iterate();
    pending.next();
    expect(() => db.close()).toThrow('busy');
    pending.return?.();
  });

  it('surfaces PostgreSQL errors with their SQLSTATE as code', async () => {
    const { db } = await open();
    people(db);
    db.prepare('INSERT INTO people (id, name) VALUES (1, ?)').run('a');
    let caught: unknown;
    try {
      db.prepare('INSERT INTO people (id, name) VALUES (2, ?)').run('a');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(EngineError);
    expect((caught as EngineError).code).toBe('23505');
    expect((caught as EngineError).constraint).toBe('people_name_key');
    expect(isConstraintViolation(caught)).toBe(true);
    expect(codeOf(() => db.exec('SELEC 1'))).toBe('42601');
    expect(codeOf(() => db.prepare('SELECT * FROM nowhere').all())).toBe('42P01');
    expect(codeOf(() => db.pragma('journal_mode = WAL'))).toBe('ENGINE_PRAGMA_UNSUPPORTED');
  });

  it('keeps the schema version as migrate() reads and sets it, and maps the pragmas the platform sets', async () => {
    const { db } = await open();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    db.transaction(() => db.pragma('user_version = 7'))();
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    expect(db.pragma('user_version')).toEqual([{ user_version: 7 }]);
    db.pragma('synchronous = NORMAL');
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    db.pragma('synchronous = 2');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
  });

  it('two connections on one database: isolation, a lock not granted in time, immediate transactions serialised', async () => {
    const { db: first, url } = await open({ lockTimeoutMs: 200 });
    const second = another(url, { lockTimeoutMs: 200 });
    people(first);
    first.prepare('INSERT INTO people (id, name) VALUES (1, ?)').run('a');
    first.exec('BEGIN');
    first.prepare('UPDATE people SET name = ? WHERE id = 1').run('b');
    expect(second.prepare('SELECT name FROM people WHERE id = 1').pluck().get()).toBe('a');
    expect(codeOf(() => second.prepare('UPDATE people SET name = ? WHERE id = 1').run('c'))).toBe('55P03');
    first.exec('COMMIT');
    expect(second.prepare('SELECT name FROM people WHERE id = 1').pluck().get()).toBe('b');
    first
      .transaction(() => {
        expect(codeOf(() => second.transaction(() => 1).immediate())).toBe('55P03');
        expect(second.transaction(() => 2)()).toBe(2); // a deferred one does not wait for the write lock
      })
      .immediate();
    expect(second.transaction(() => 3).immediate()).toBe(3);
    const reader = another(url, { readonly: true });
    expect(codeOf(() => reader.prepare('DELETE FROM people').run())).toBe('25006');
  });

  it('opens its connection again when the server ended it between requests, never in the middle of a transaction', async () => {
    const { db, url } = await open();
    people(db);
    const admin = another(url);
    const terminate = (): void => {
      const pid = db.prepare('SELECT pg_backend_pid() AS pid').pluck().get();
      // With a timeout (PostgreSQL 14+) the call returns once the backend is gone, not when it was only
      // signalled: otherwise the next statement can reach it before it dies, on a loaded machine.
      admin.prepare('SELECT pg_terminate_backend(?, 10000)').run(pid);
    };
    // Between requests: the next one runs on a new connection.
    terminate();
    db.prepare("INSERT INTO people (id, name) VALUES (1, '张三')").run();
    expect(db.prepare('SELECT count(*) AS n FROM people').pluck().get()).toBe(1);
    // Inside a transaction: the statement after the loss fails, nothing of the transaction is kept, and the
    // connection is back for the next request.
    expect(() =>
      db.transaction(() => {
        db.prepare("INSERT INTO people (id, name) VALUES (2, '李四')").run();
        terminate();
        db.prepare("INSERT INTO people (id, name) VALUES (3, '王五')").run();
      })(),
    ).toThrow();
    expect(db.prepare('SELECT id FROM people ORDER BY id').pluck().all()).toEqual([1]);
  });

  it('closes: the connection is gone from the server', async () => {
    const { db, url } = await open();
    const watcher = another(url);
    const sessions = (): number =>
      watcher
        .prepare(
          'SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
        )
        .pluck()
        .get() as number;
    expect(sessions()).toBe(1);
    db.close();
    expect(db.open).toBe(false);
    expect(() => db.prepare('SELECT 1')).toThrow(TypeError);
    for (let tries = 0; sessions() > 0 && tries < 50; tries++)
      await new Promise((done) => setTimeout(done, 20));
    expect(sessions()).toBe(0);
  });
});
