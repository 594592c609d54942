import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
const CLI = join(ROOT, process.env.CCW_DIST_DIR ?? 'dist', 'platform', 'platform.cjs');

/** A free loopback port, so the platform can come back at the same address after it went away. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/**
 * Runs the platform CLI once (an operator's command) and returns what it printed. `input` goes to its stdin
 * (a password for --add-user, which never takes one on the command line).
 */
export function platformCommand(dataDir: string, args: string[], input = ''): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { ...process.env, PLATFORM_DATA_DIR: dataDir },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stdin.end(input);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('exit', (code) =>
      code === 0 ? done(output) : fail(new Error(`platform ${args.join(' ')}: ${output}`)),
    );
  });
}

/** What `npm run dev:cert` makes for a platform on this port: its certificate and key, and the client's deployment.json. */
export type DevCertificates = { cert: string; key: string; deploymentFile: string };

/** Runs `npm run dev:cert`'s script (openssl) into a folder, as a developer trying HTTPS would. */
export function devCertificates(dir: string, port: number): DevCertificates {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'dev-cert.mjs'), dir, '--port', String(port)], {
    stdio: 'ignore',
  });
  return {
    cert: join(dir, 'server.pem'),
    key: join(dir, 'server.key'),
    deploymentFile: join(dir, 'deployment.json'),
  };
}

/**
 * The reference platform as its own process on a fixed port, over HTTPS given certificates; stop() takes it away
 * like a lost network. `args`: e.g. `--demo` for the demo data and the demo accounts.
 */
export function platformProcess(
  dataDir: string,
  port: number,
  { tls, args: extra = [] }: { tls?: DevCertificates; args?: string[] } = {},
) {
  let child: ChildProcess | null = null;
  const args = [...extra, ...(tls === undefined ? [] : ['--tls-cert', tls.cert, '--tls-key', tls.key])];
  return {
    url: `${tls === undefined ? 'http' : 'https'}://127.0.0.1:${port}`,
    start: () =>
      new Promise<void>((done, fail) => {
        const started = spawn(process.execPath, [CLI, ...args], {
          env: { ...process.env, PLATFORM_DATA_DIR: dataDir, PLATFORM_PORT: String(port) },
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        child = started;
        let output = '';
        started.stdout?.on('data', (chunk: Buffer) => {
          output += chunk.toString('utf8');
          if (output.includes('PLATFORM_URL=')) done();
        });
        started.on('exit', (code) => fail(new Error(`platform exited (${code}): ${output}`)));
      }),
    stop: () =>
      new Promise<void>((done) => {
        if (child === null || child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGKILL');
        child = null;
      }),
  };
}
