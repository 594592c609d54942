import { EngineError } from './engine-errors';

/** Where migrate()'s user_version lives on PostgreSQL: one row, in the same transaction as the migration. */
export const SCHEMA_VERSION_TABLE = 'engine_schema_version';

type Rows = (sql: string) => unknown[][];

export type PragmaPlan =
  { kind: 'set'; sql: string } | { kind: 'read'; name: string; read: (rows: Rows) => unknown };

const SYNCHRONOUS_OFF = new Set(['0', '1', 'off', 'normal']);
const SYNCHRONOUS_ON = new Set(['2', '3', 'full', 'extra']);

const unsupported = (source: string): EngineError =>
  new EngineError('ENGINE_PRAGMA_UNSUPPORTED', `PostgreSQL 上没有与 SQLite 设置“${source}”对应的做法`);

/**
 * The SQLite pragmas the platform uses, in PostgreSQL's terms:
 * - user_version (read by migrate(), set in each migration's transaction): the one row of SCHEMA_VERSION_TABLE;
 * - synchronous (lowered around a bulk generate): synchronous_commit of this session, OFF/NORMAL → off;
 * - query_only = ON (the readers): every later transaction read-only.
 * Any other pragma is refused with ENGINE_PRAGMA_UNSUPPORTED.
 */
export function pragmaStatements(source: string): PragmaPlan {
  const match = /^\s*([a-z_]+)\s*(?:=\s*(.+?))?\s*;?\s*$/i.exec(source);
  if (match === null) throw unsupported(source);
  const name = (match[1] ?? '').toLowerCase();
  const value = match[2]
    ?.trim()
    .replace(/^['"]|['"]$/g, '')
    .toLowerCase();
  if (name === 'user_version') {
    if (value === undefined)
      return {
        kind: 'read',
        name,
        read: (rows) => {
          const [exists] = rows(`SELECT to_regclass('${SCHEMA_VERSION_TABLE}') IS NOT NULL`);
          if (exists?.[0] !== 1) return 0;
          return rows(`SELECT version FROM ${SCHEMA_VERSION_TABLE}`)[0]?.[0] ?? 0;
        },
      };
    if (!/^\d+$/.test(value)) throw unsupported(source);
    return {
      kind: 'set',
      sql: `CREATE TABLE IF NOT EXISTS ${SCHEMA_VERSION_TABLE} (version integer NOT NULL);
            DELETE FROM ${SCHEMA_VERSION_TABLE};
            INSERT INTO ${SCHEMA_VERSION_TABLE} (version) VALUES (${Number(value)})`,
    };
  }
  if (name === 'synchronous') {
    if (value === undefined)
      return {
        kind: 'read',
        name,
        read: (rows) => (rows('SHOW synchronous_commit')[0]?.[0] === 'off' ? 1 : 2),
      };
    if (SYNCHRONOUS_OFF.has(value)) return { kind: 'set', sql: 'SET synchronous_commit = off' };
    if (SYNCHRONOUS_ON.has(value)) return { kind: 'set', sql: 'SET synchronous_commit = on' };
  }
  if (name === 'query_only' && value !== undefined && ['on', '1', 'true'].includes(value))
    return { kind: 'set', sql: 'SET default_transaction_read_only = on' };
  throw unsupported(source);
}
