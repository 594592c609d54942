import type { Statement } from 'better-sqlite3';
import type { Db } from './connection';

const cache = new WeakMap<Db, Map<string, Statement>>();

/**
 * The connection's prepared statement for this SQL, prepared once: SQLite parses and plans a statement anew
 * on every `db.prepare`, which cost check:run about a millisecond per call (issue 16). For statements whose
 * text is fixed and that callers only run, get or all: a shared statement must never have its mode changed
 * (pluck, raw, expand) nor be iterated, or one caller would see another's.
 */
export function statement(db: Db, sql: string): Statement {
  let statements = cache.get(db);
  if (statements === undefined) {
    statements = new Map();
    cache.set(db, statements);
  }
  let prepared = statements.get(sql);
  if (prepared === undefined) {
    prepared = db.prepare(sql);
    statements.set(sql, prepared);
  }
  return prepared;
}
