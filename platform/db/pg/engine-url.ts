import { EngineError } from './engine-errors';

export type DatabaseAddress = {
  /** What pg connects with. */
  url: string;
  /** The address without its password, for messages and logs. */
  display: string;
  database: string;
};

const HINT = '应形如 postgres://用户名:密码@主机:端口/数据库名';
/** PostgreSQL's unquoted identifiers: what a database name may be here (≤ 63 bytes). */
const DATABASE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
const SSL_MODES = new Set(['disable', 'prefer', 'require', 'verify-ca', 'verify-full']);

/**
 * Checks a PostgreSQL address given on the command line (--database) or in PLATFORM_DATABASE_URL. Only
 * postgres:// or postgresql:// with a host and a plain database name; of the address parameters only sslmode,
 * since others (host=, options=…) would change where or how the connection goes behind the address's back.
 * Refused: an EngineError with the code and the Chinese reason.
 */
export function parseDatabaseUrl(raw: string): DatabaseAddress {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new EngineError('DATABASE_URL_INVALID', `数据库地址无法解析，${HINT}`);
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:')
    throw new EngineError('DATABASE_URL_INVALID', `数据库地址须以 postgres:// 开头，${HINT}`);
  if (url.hostname === '') throw new EngineError('DATABASE_URL_INVALID', `数据库地址缺少主机，${HINT}`);
  let database: string;
  try {
    database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  } catch {
    throw new EngineError('DATABASE_NAME_INVALID', '数据库名无法解析');
  }
  if (!DATABASE_NAME.test(database))
    throw new EngineError(
      'DATABASE_NAME_INVALID',
      '数据库名只能由英文字母、数字和下划线组成，不以数字开头，不超过 63 个字符',
    );
  for (const [key, value] of url.searchParams) {
    if (key !== 'sslmode')
      throw new EngineError('DATABASE_URL_INVALID', `数据库地址不支持参数“${key}”，只支持 sslmode`);
    if (!SSL_MODES.has(value)) throw new EngineError('DATABASE_URL_INVALID', `sslmode 的取值“${value}”无效`);
  }
  const shown = new URL(url.toString());
  shown.password = '';
  return { url: url.toString(), display: shown.toString(), database };
}
