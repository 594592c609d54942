import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The cache lives under userData unless CCW_DATA_DIR says otherwise (tests, portable installs). */
export const resolveDataDir = (userData: string, env: NodeJS.ProcessEnv): string =>
  env.CCW_DATA_DIR !== undefined && env.CCW_DATA_DIR !== '' ? env.CCW_DATA_DIR : join(userData, 'data');

/**
 * better-sqlite3 built for Electron's ABI. A packaged app's node_modules already holds it (electron-builder
 * rebuilds native modules), so null means "use the default". In a checkout, Node's build stays in
 * node_modules for tests and the browser host, and `npm run rebuild:electron` puts Electron's beside it in
 * native/electron-<abi>/, which this picks up — one checkout serves both runtimes.
 */
export function electronSqliteBinding(appRoot: string, packaged: boolean, abi: string): string | null {
  if (packaged) return null;
  const file = join(appRoot, 'native', `electron-${abi}`, 'better_sqlite3.node');
  return existsSync(file) ? file : null;
}
