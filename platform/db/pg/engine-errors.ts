import Database from 'better-sqlite3';

/**
 * An error of the PostgreSQL engine. `code` is PostgreSQL's SQLSTATE for a statement that failed there (23505 a
 * unique violation, 40001 a serialization failure, 55P03 a lock not granted in time…), or one of the engine's
 * own codes (DATABASE_URL_INVALID, DATABASE_UNREACHABLE, ENGINE_…) with a Chinese message for the operator.
 */
export class EngineError extends Error {
  readonly code: string;
  readonly detail: string | undefined;
  readonly constraint: string | undefined;

  constructor(code: string, message: string, extra: { detail?: string; constraint?: string } = {}) {
    super(message);
    this.name = 'EngineError';
    this.code = code;
    this.detail = extra.detail;
    this.constraint = extra.constraint;
  }
}

/** SQLSTATE class 23: integrity constraint violation (unique, foreign key, check, not null). */
const PG_CONSTRAINT_CLASS = '23';

/** Whether a statement broke a table constraint, on either engine (SQLite's SQLITE_CONSTRAINT_…, PG's 23…). */
export const isConstraintViolation = (error: unknown): boolean =>
  (error instanceof Database.SqliteError && error.code.startsWith('SQLITE_CONSTRAINT')) ||
  (error instanceof EngineError && error.code.startsWith(PG_CONSTRAINT_CLASS));

/** The Chinese reason a connection could not be made, from pg's error (SQLSTATE or the socket's code). */
export function connectFailureReason(code: string | undefined, message: string): string {
  if (code === '3D000') return '该数据库不存在';
  if (code === '28P01' || code === '28000') return '身份验证未通过（用户名、密码或访问规则不符）';
  if (code === 'ECONNREFUSED') return '连接被拒绝，该地址和端口上没有服务在监听';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return '无法解析数据库主机名';
  if (/timeout/i.test(message)) return '连接超时，该端口上的服务没有按 PostgreSQL 协议应答';
  return '对方不是 PostgreSQL 服务，或连接中途断开';
}
