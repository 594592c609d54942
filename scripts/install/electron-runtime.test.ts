// `npm install` succeeds with or without Electron's download host, and `npm start` gets the runtime where it can
// (scripts/electron-runtime.mjs): electron's own installer run against a mirror on loopback, a fake runtime zip
// with its SHA-256, and against an address that answers nothing. Real npm, real HTTP, real child processes.
import { spawnSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedZip } from './testing/stored-zip';

const ROOT = resolve(import.meta.dirname, '..', '..');
const RUNTIME = join(ROOT, 'scripts', 'electron-runtime.mjs');
const rootPackage = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>;
  allowScripts: Record<string, boolean>;
};
type LockEntry = { name?: string; version?: string; hasInstallScript?: boolean };
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockEntry>;
};
const electronVersion = lock.packages['node_modules/electron']?.version ?? '';
const npmVersion = spawnSync('npm', ['--version'], {
  encoding: 'utf8',
  shell: process.platform === 'win32',
}).stdout.trim();
// allowScripts was added in npm 11.16; it blocks a denied package's install script from 11.19 (seen here).
const [major = 0, minor = 0] = npmVersion.split('.').map(Number);
const npmHonoursDenial = major > 11 || (major === 11 && minor >= 19);
const UNREACHABLE = 'http://127.0.0.1:9/';

const scratch: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'ccw-electron-'));
  scratch.push(dir);
  return dir;
};
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the installed electron package without its runtime, as `npm install` leaves it here. */
function electronPackageCopy(): string {
  const dir = join(tempDir(), 'electron');
  cpSync(join(ROOT, 'node_modules', 'electron'), dir, {
    recursive: true,
    filter: (source) => !/[\\/](dist|path\.txt|\.ccw-download-failed)$/.test(source),
  });
  return dir;
}

const runRuntime = (
  electronDir: string,
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> =>
  new Promise((done) => {
    const child = spawn(process.execPath, [RUNTIME], {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: tempDir(),
        NODE_PATH: join(ROOT, 'node_modules'),
        CCW_ELECTRON_DIR: electronDir,
        electron_config_cache: join(tempDir(), 'cache'),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('close', (code) => done({ code, output }));
  });

describe('package.json allowScripts', () => {
  it('reviews every install script in the lock file: native builds run, electron’s download never does', () => {
    const scripted = Object.entries(lock.packages)
      .filter(([, entry]) => entry.hasInstallScript === true)
      .map(([path, entry]) => entry.name ?? path.replace(/^.*node_modules\//, '')); // an alias names its package
    expect(scripted.length).toBeGreaterThan(0);
    for (const name of scripted) expect(rootPackage.allowScripts, name).toHaveProperty(name);
    expect(rootPackage.allowScripts.electron).toBe(false);
    expect(rootPackage.allowScripts['better-sqlite3-multiple-ciphers']).toBe(true);
    expect(rootPackage.devDependencies.electron).toBe(electronVersion);
  });
});

describe.skipIf(!npmHonoursDenial)(`npm install without Electron's download host (npm ${npmVersion})`, () => {
  it('completes, with the types and without the runtime', () => {
    const project = tempDir();
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({
        name: 'install-probe',
        private: true,
        devDependencies: { electron: electronVersion },
        allowScripts: { electron: rootPackage.allowScripts.electron },
      }),
    );
    const env: NodeJS.ProcessEnv = { ...process.env, ELECTRON_MIRROR: UNREACHABLE };
    delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
    const installed = spawnSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], {
      cwd: project,
      env,
      encoding: 'utf8',
      shell: process.platform === 'win32',
      timeout: 180_000,
    });
    expect(installed.status, installed.stderr).toBe(0);
    const electron = join(project, 'node_modules', 'electron');
    expect(existsSync(join(electron, 'electron.d.ts'))).toBe(true);
    expect(existsSync(join(electron, 'path.txt'))).toBe(false);
  }, 200_000);
});
if (!npmHonoursDenial)
  console.log(
    `npm ${npmVersion} still runs electron's postinstall: install with ELECTRON_SKIP_BINARY_DOWNLOAD=1 (npm ≥ 11.19 honours allowScripts)`,
  );

describe('the runtime for npm start', () => {
  const platformPath =
    process.platform === 'win32'
      ? 'electron.exe'
      : process.platform === 'darwin'
        ? 'Electron.app/Contents/MacOS/Electron'
        : 'electron';
  const zipName = `electron-v${electronVersion}-${process.platform}-${process.arch}.zip`;
  const zip = storedZip([
    { name: platformPath, data: Buffer.from('#!/bin/sh\necho stand-in\n'), mode: 0o755 },
    { name: 'version', data: Buffer.from(electronVersion) },
  ]);
  let mirror: Server;
  let mirrorUrl = '';
  let tamper = false;
  beforeAll(async () => {
    mirror = createServer((request, response) => {
      const digest = createHash('sha256')
        .update(tamper ? Buffer.concat([zip, Buffer.from('x')]) : zip)
        .digest('hex');
      if (request.url === `/v${electronVersion}/${zipName}`) return response.end(zip);
      if (request.url === `/v${electronVersion}/SHASUMS256.txt`)
        return response.end(`${digest} *${zipName}\n`);
      response.statusCode = 404;
      response.end();
    });
    await new Promise<void>((done) => mirror.listen(0, '127.0.0.1', done));
    const address = mirror.address();
    mirrorUrl = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}/`;
  });
  afterAll(() => new Promise<void>((done) => mirror.close(() => done())));

  it('downloads it from a mirror, checks its SHA-256 and installs it', async () => {
    tamper = false;
    const electron = electronPackageCopy();
    const run = await runRuntime(electron, {
      ELECTRON_MIRROR: mirrorUrl,
      electron_use_remote_checksums: '1',
    });
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain('Electron 运行时已安装');
    expect(readFileSync(join(electron, 'path.txt'), 'utf8')).toBe(platformPath);
    expect(existsSync(join(electron, 'dist', platformPath))).toBe(true);
  }, 60_000);

  it('refuses a download whose checksum does not match', async () => {
    tamper = true;
    const electron = electronPackageCopy();
    const run = await runRuntime(electron, {
      ELECTRON_MIRROR: mirrorUrl,
      electron_use_remote_checksums: '1',
    });
    expect(run.code).toBe(1);
    expect(run.output).toContain('未能下载 Electron 运行时');
    expect(existsSync(join(electron, 'path.txt'))).toBe(false);
  }, 60_000);

  it('says why where the download host cannot be reached, and remembers it', async () => {
    const electron = electronPackageCopy();
    const run = await runRuntime(electron, { ELECTRON_MIRROR: UNREACHABLE });
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/未能下载 Electron 运行时：.*(ECONNREFUSED|ENOTFOUND|RequestError)/);
    expect(existsSync(join(electron, '.ccw-download-failed'))).toBe(true);
    expect(existsSync(join(electron, 'path.txt'))).toBe(false);
  }, 60_000);
});
