import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
 * The platform CLI as shipped: platform/main.ts bundled the way scripts/build.mjs bundles it, run as a child
 * process on `dataDir`, on a free loopback port.
 */
export async function platformCli(workDir: string, dataDir: string): Promise<PlatformCli> {
  const bundle = await bundleForNode(join(ROOT, 'platform', 'main.ts'), join(workDir, 'platform.cjs'));
  // On PostgreSQL (the platform-pg test project) the CLI runs on the data directory's database, with the
  // engine's worker next to the bundle as scripts/build.mjs puts it.
  const databaseUrl = platformDatabaseUrl(dataDir);
  if (databaseUrl !== undefined)
    copyFileSync(join(ROOT, 'platform', 'db', 'pg', 'engine-worker.mjs'), join(workDir, 'engine-worker.mjs'));
  const env = {
    ...process.env,
    ...(databaseUrl === undefined ? {} : { PLATFORM_DATABASE_URL: databaseUrl }),
    NODE_PATH: join(ROOT, 'node_modules'),
    PLATFORM_DATA_DIR: dataDir,
    PLATFORM_RESOURCES_DIR: RESOURCES_DIR,
    PLATFORM_PORT: '0',
  };
  return {
    run: (args, input = '') =>
      spawnSync(process.execPath, [bundle, ...args], { env, encoding: 'utf8', input }),
    serve: async (args = []) => {
      const child: ChildProcess = spawn(process.execPath, [bundle, ...args], { env });
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
