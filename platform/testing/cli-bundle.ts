import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { bundleForNode } from '../../node-shared/testing/bundle';
import { platformDatabaseUrl } from '../db/pg/engine-selection';
import { RESOURCES_DIR } from './temp-platform';

const ROOT = resolve(__dirname, '..', '..');

export type CliRun = { status: number | null; stdout: string; stderr: string };

export type PlatformCli = {
  /** Runs a command to its end; `input` goes to stdin (the --add-user password). */
  run: (args: string[], input?: string) => CliRun;
  /** Serves (with `args`, e.g. --demo) until stop(); resolves once PLATFORM_URL is printed. */
  serve: (args?: string[]) => Promise<{ url: string; stderr: () => string; stop: () => Promise<void> }>;
};

/**
 * platform/main.ts bundled to `outfile` as scripts/build.mjs ships it: the PostgreSQL engine's worker thread is a
 * file next to the bundle.
 */
export async function bundlePlatformCli(outfile: string): Promise<string> {
  await bundleForNode(join(ROOT, 'platform', 'main.ts'), outfile);
  copyFileSync(
    join(ROOT, 'platform', 'db', 'pg', 'engine-worker.mjs'),
    join(dirname(outfile), 'engine-worker.mjs'),
  );
  return outfile;
}

/**
 * The database a CLI child process on `dataDir` must use to see what the test wrote in-process: on PostgreSQL
 * (the platform-pg project) the data directory's own database; else none (SQLite in the data directory).
 */
export const cliDatabaseEnv = (dataDir: string): { PLATFORM_DATABASE_URL: string } => ({
  PLATFORM_DATABASE_URL: platformDatabaseUrl(dataDir) ?? '',
});

/**
 * The platform CLI as shipped: platform/main.ts bundled the way scripts/build.mjs bundles it, run as a child
 * process on `dataDir`, on a free loopback port.
 */
export async function platformCli(workDir: string, dataDir: string): Promise<PlatformCli> {
  const bundle = await bundlePlatformCli(join(workDir, 'platform.cjs'));
  const baseEnv = {
    ...process.env,
    NODE_PATH: join(ROOT, 'node_modules'),
    PLATFORM_DATA_DIR: dataDir,
    PLATFORM_RESOURCES_DIR: RESOURCES_DIR,
    PLATFORM_PORT: '0',
  };
  // Read at each run: on PostgreSQL the data directory's database is made when the test first opens it.
  const envOf = () => ({ ...baseEnv, ...cliDatabaseEnv(dataDir) });
  return {
    run: (args, input = '') =>
      spawnSync(process.execPath, [bundle, ...args], { env: envOf(), encoding: 'utf8', input }),
    serve: async (args = []) => {
      const child: ChildProcess = spawn(process.execPath, [bundle, ...args], { env: envOf() });
      let stderr = '';
      child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      const url = await new Promise<string>((resolveUrl, reject) => {
        let out = '';
        child.stdout?.on('data', (chunk: Buffer) => {
          out += chunk.toString('utf8');
          const line = /^PLATFORM_URL=(\S+)$/m.exec(out);
          if (line?.[1] !== undefined) resolveUrl(line[1]);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${out} ${stderr}`)));
      });
      return {
        url,
        stderr: () => stderr,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      };
    },
  };
}
