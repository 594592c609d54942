import { spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { openDatabase } from '../../../node-shared/db/connection';
import { PLATFORM_DB_FILE } from '../../../platform/db/open-platform-db';
import type { Engine } from './options';

/** What the platform holds of the pushed evidence, read from its database after the run. */
export type StoredEvidence = { checks: { deviceId: string; checkId: string }[]; feedback: number };

/** The database under the platform processes: their extra CLI arguments and how to read what they stored. */
export type EngineSetup = {
  engineArgs: string[];
  storedEvidence: () => Promise<StoredEvidence>;
  dispose: () => Promise<void>;
};

const CHECKS_SQL = 'SELECT device_id AS "deviceId", check_id AS "checkId" FROM platform_checks';
const FEEDBACK_SQL = 'SELECT count(*) AS n FROM platform_feedback';

/**
 * Whether the platform CLI takes `--database postgres://…` (issue 16, item 1). Until it does, `--engine
 * postgres` stops with an explanation; once it does, flip this and the rest below already runs.
 */
export const PLATFORM_TAKES_DATABASE_URL = false;

export async function setUpEngine(engine: Engine, dataDir: string): Promise<EngineSetup> {
  if (engine === 'sqlite')
    return {
      engineArgs: [],
      storedEvidence: () => {
        const db = openDatabase(join(dataDir, PLATFORM_DB_FILE), { readonly: true });
        try {
          const checks = db.prepare(CHECKS_SQL).all() as StoredEvidence['checks'];
          const { n } = db.prepare(FEEDBACK_SQL).get() as { n: number };
          return Promise.resolve({ checks, feedback: n });
        } finally {
          db.close();
        }
      },
      dispose: () => Promise.resolve(),
    };
  if (!PLATFORM_TAKES_DATABASE_URL)
    throw new Error(
      '本分支的市平台尚不支持 PostgreSQL（缺少 --database 参数），无法以 --engine postgres 运行；请改用 --engine sqlite',
    );
  const cluster = await startThrowawayPostgres();
  return {
    engineArgs: ['--database', cluster.url],
    storedEvidence: async () => {
      const client = new Client({ connectionString: cluster.url });
      await client.connect();
      try {
        const checks = (await client.query<StoredEvidence['checks'][number]>(CHECKS_SQL)).rows;
        const feedback = (await client.query<{ n: string }>(FEEDBACK_SQL)).rows[0]?.n ?? '0';
        return { checks, feedback: Number(feedback) };
      } finally {
        await client.end();
      }
    },
    dispose: cluster.stop,
  };
}

const PG_BIN = '/usr/lib/postgresql/15/bin';

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

/**
 * A PostgreSQL cluster of the bench's own in a temporary folder, on a loopback port, removed at the end. PostgreSQL
 * refuses to run as root: as root the commands run as the `postgres` user (Debian's package creates it).
 */
export async function startThrowawayPostgres(): Promise<{ url: string; stop: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'ccw-bench-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const ids = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gids = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    chownSync(dir, Number(ids.stdout), Number(gids.stdout));
  }
  const run = (command: string, args: string[]): void => {
    const [file, argv] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(PG_BIN, command), ...args]]
      : [join(PG_BIN, command), args];
    const result = spawnSync(file, argv, { encoding: 'utf8' });
    if (result.status !== 0)
      throw new Error(`PostgreSQL 命令 ${command} 失败：${result.stderr || result.error?.message || ''}`);
  };
  const data = join(dir, 'data');
  const port = await freePort();
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale', 'C']);
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'server.log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`,
    'start',
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      rmSync(dir, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}
