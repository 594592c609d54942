import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

const DEBIAN_PG = '/usr/lib/postgresql';

/**
 * Debian's PostgreSQL (`.ci/run` installs the `postgresql` package: 15 on bookworm, newer on later releases): the
 * newest major version installed, 15 or later; PG_BIN_DIR points elsewhere.
 */
const debianPgBin = (): string => {
  const majors = existsSync(DEBIAN_PG)
    ? readdirSync(DEBIAN_PG)
        .map(Number)
        .filter((major) => Number.isInteger(major) && major >= 15)
    : [];
  return join(DEBIAN_PG, String(majors.length > 0 ? Math.max(...majors) : 15), 'bin');
};

export const PG_BIN_DIR = process.env.PG_BIN_DIR ?? debianPgBin();

/** The role every test cluster is made with (trust authentication on loopback and its own socket only). */
export const PG_TEST_ROLE = 'app';

/** Why PostgreSQL tests cannot run here, or null when the binaries are present. */
export function pgUnavailableReason(): string | null {
  for (const binary of ['initdb', 'pg_ctl'])
    if (!existsSync(join(PG_BIN_DIR, binary)))
      return `未找到 PostgreSQL 15 或更新版本的程序（${join(PG_BIN_DIR, binary)}），PostgreSQL 测试跳过；请安装 Debian 的 postgresql 软件包（.ci/run 会安装）`;
  return null;
}

export type PgCluster = {
  port: number;
  /** The data directory (also holds the cluster's Unix socket). */
  dir: string;
  /** postgres://app@127.0.0.1:<port>/<database> */
  url: (database: string) => string;
  /** The postmaster's process id while it runs. */
  pid: () => number | null;
  /** Stops the cluster at once (immediate shutdown: its data is thrown away) and removes its directory. */
  stop: () => void;
};

const isRoot = (): boolean => process.getuid?.() === 0;

/** Runs a PostgreSQL binary as the cluster's owner: `postgres` when we are root (initdb refuses root). */
function runPg(binary: string, args: string[]): SpawnSyncReturns<string> {
  const path = join(PG_BIN_DIR, binary);
  const [command, commandArgs] = isRoot()
    ? ['runuser', ['-u', 'postgres', '--', path, ...args]]
    : [path, args];
  return spawnSync(command, commandArgs, { encoding: 'utf8', timeout: 120_000 });
}

function check(result: SpawnSyncReturns<string>, what: string): void {
  if (result.status === 0) return;
  const output = `${result.stdout}${result.stderr}`.trim().slice(-2_000);
  throw new Error(`${what}失败（退出码 ${String(result.status)}）：${output || String(result.error)}`);
}

/** A loopback port free at the time of asking. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function postmasterPid(dir: string): number | null {
  const file = join(dir, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** pg_ctl's -w returns once the pid file is gone; the postmaster may take a moment more to exit. */
function waitForExit(pid: number, timeoutMs = 10_000): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (const deadline = Date.now() + timeoutMs; alive(pid) && Date.now() < deadline;)
    Atomics.wait(pause, 0, 0, 20);
}

/**
 * A throwaway PostgreSQL cluster for tests: initdb in a temporary directory (owned by `postgres` when we run
 * as root), started on a free loopback port with its socket in its own directory. fsync is off unless `durable`
 * (benchmarks): the test data is thrown away, so durability would only cost time. Throws when the binaries are missing (pgUnavailableReason).
 */
export async function startPgCluster(settings: { durable?: boolean } = {}): Promise<PgCluster> {
  const unavailable = pgUnavailableReason();
  if (unavailable !== null) throw new Error(unavailable);
  const dir = mkdtempSync(join(tmpdir(), 'ccw-pg-'));
  if (isRoot()) {
    const owner = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const group = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    check(owner, '查找 postgres 用户');
    chownSync(dir, Number(owner.stdout.trim()), Number(group.stdout.trim()));
  }
  try {
    check(
      runPg('initdb', [
        '-D',
        dir,
        '-A',
        'trust',
        '-U',
        PG_TEST_ROLE,
        '-E',
        'UTF8',
        '--locale=C.UTF-8',
        '--no-sync',
      ]),
      'initdb',
    );
    let port = 0;
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      // A benchmark (durable) measures PostgreSQL as a city runs it: every commit flushed, as SQLite's FULL.
      const durability =
        settings.durable === true
          ? '-c max_connections=200'
          : '-c fsync=off -c synchronous_commit=off -c full_page_writes=off';
      const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 ${durability}`;
      const started = runPg('pg_ctl', [
        '-D',
        dir,
        '-o',
        options,
        '-l',
        join(dir, 'server.log'),
        '-w',
        'start',
      ]);
      if (started.status === 0) break;
      // Another process may have taken the port between asking and binding: try a new one, twice.
      if (attempt === 3) check(started, 'pg_ctl start');
    }
    const cluster: PgCluster = {
      port,
      dir,
      url: (database) => `postgres://${PG_TEST_ROLE}@127.0.0.1:${port}/${database}`,
      pid: () => postmasterPid(dir),
      stop: () => {
        const pid = postmasterPid(dir);
        if (pid !== null) {
          runPg('pg_ctl', ['-D', dir, '-m', 'immediate', '-w', 'stop']);
          waitForExit(pid);
        }
        rmSync(dir, { recursive: true, force: true });
      },
    };
    return cluster;
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Who the tests run as: the cluster's processes belong to `postgres` when this is root. */
export const clusterOwner = (): string => (isRoot() ? 'postgres' : userInfo().username);
