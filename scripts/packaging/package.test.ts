import { extractAll, extractFile, listPackage, statFile } from '@electron/asar';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemDeploymentFile } from '../../electron/core/app/deployment';
import { getMeta } from '../../electron/core/app/meta.repo';
import { readCatalogue } from '../../electron/core/catalogue/catalogue.repo';
import { countSubjects } from '../../electron/core/subjects/subjects.repo';
import { openDatabase } from '../../node-shared/db/connection';
import type { Catalogue } from '../../shared/domain/catalogue';
import { loadCatalogue } from '../../node-shared/resources';
import { assemblePackage, type AssembledPackage } from './assemble';
import type { FromHarness } from './harness-wire';
import { bundleHarness, startPackagedMain, type PackagedMain } from './run-packaged-main';
import { FUSE_OFF, FUSE_ON, readFuseWire } from './stand-in-electron';

// The installer's contents, tested here: the app is built and its Linux package assembled by electron-builder
// from electron-builder.yml around a stand-in Electron (assemble.ts), app.asar is read as Electron would read it,
// and the packaged main script is started from the assembled folder under the fake-electron harness, as the
// installed app starts — packaged, with no deployment configuration.
const ROOT = resolve(__dirname, '..', '..');
const linux = process.platform === 'linux';
if (!linux)
  console.log(
    `packaging test skipped on ${process.platform}: it assembles the Linux package (electron-builder --dir --linux), ` +
      'which needs a Linux host; CI runs it on ubuntu',
  );

const NATIVE = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
/** A scrypt password hash as the demo accounts and the platform store them: scrypt$N$r$p$<salt>$<hash>. */
const SCRYPT_HASH = /scrypt\$\d+\$\d+\$\d+\$[\w+/=-]{8,}\$[\w+/=-]{16,}/;

let work = '';
let pkg: AssembledPackage;
/** Every entry of app.asar, without the leading slash. */
let entries: Set<string>;
/** app.asar extracted (Node cannot read an asar), with the native module taken from app.asar.unpacked. */
let app = '';
const asarPath = (entry: string): string => entry.replace(/^\//, '');

beforeAll(async () => {
  if (!linux) return;
  const started = Date.now();
  work = mkdtempSync(join(tmpdir(), 'ccw-package-'));
  pkg = await assemblePackage(work);
  entries = new Set(listPackage(pkg.asar, { isPack: false }).map(asarPath));
  app = join(work, 'app');
  extractAll(pkg.asar, app);
  // Electron serves an unpacked file from app.asar.unpacked: so does the extracted copy.
  unlinkSync(join(app, NATIVE));
  symlinkSync(join(pkg.resourcesPath, 'app.asar.unpacked', NATIVE), join(app, NATIVE));
  console.log(`package assembled and extracted in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}, 150_000);

afterAll(() => {
  if (work !== '' && process.env.CCW_KEEP_PACKAGE !== '1') rmSync(work, { recursive: true, force: true });
});

/** Every file under `dir`, relative to it (symbolic links as they are, not followed). */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = posix.join(prefix, entry.name);
    return entry.isDirectory() ? filesUnder(dir, relative) : [relative];
  });
}

/**
 * The paths main.cjs loads at run time: each join(__dirname, …) (from dist/electron) and join(appRoot, …) but
 * the development tree's resources/, which a packaged app takes from process.resourcesPath instead.
 */
function pathsMainLoads(mainSource: string): string[] {
  const literals = (args: string): string[] =>
    [...args.matchAll(/"([^"]+)"/g)].map((match) => match[1] ?? '');
  const fromDirname = [...mainSource.matchAll(/join\)\(__dirname((?:,\s*"[^"]+")+)\)/g)].map((match) =>
    posix.join('dist/electron', ...literals(match[1] ?? '')),
  );
  const fromAppRoot = [...mainSource.matchAll(/join\)\(appRoot((?:,\s*"[^"]+")+)\)/g)].map((match) =>
    posix.join(...literals(match[1] ?? '')),
  );
  return [...fromDirname, ...fromAppRoot.filter((path) => path !== 'resources')];
}

describe.skipIf(!linux)('the Linux package electron-builder assembles', () => {
  it('ships every file the main process loads', () => {
    const manifest = JSON.parse(extractFile(pkg.asar, 'package.json').toString('utf8')) as { main: string };
    expect(entries).toContain(manifest.main);
    const main = extractFile(pkg.asar, manifest.main).toString('utf8');
    const loaded = pathsMainLoads(main);
    // The core process, the sync worker it runs, the preload and the renderer's page; a new one is checked too.
    expect(loaded).toEqual(
      expect.arrayContaining([
        'dist/electron/core-process.cjs',
        'dist/sync/sync-worker.cjs',
        'dist/electron/preload.cjs',
        'dist/renderer',
      ]),
    );
    for (const file of loaded) expect(entries, file).toContain(file);
    // Packaged, the resources are process.resourcesPath/resources (electron-builder.yml's extraResources).
    expect(main).toMatch(/join\)\(process\.resourcesPath,\s*"resources"\)/);
    const page = extractFile(pkg.asar, 'dist/renderer/index.html').toString('utf8');
    const assets = [...page.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((match) => match[1] ?? '');
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect(entries, asset).toContain(`dist/renderer/${asset}`);
  });

  it('ships the rule tables and the catalogue the core reads, unchanged', () => {
    for (const folder of ['catalogue', 'rules']) {
      const sources = readdirSync(join(ROOT, 'resources', folder)).filter((name) => name.endsWith('.json'));
      expect(sources.length).toBeGreaterThan(0);
      for (const name of sources)
        expect(readFileSync(join(pkg.resourcesPath, 'resources', folder, name), 'utf8'), name).toBe(
          readFileSync(join(ROOT, 'resources', folder, name), 'utf8'),
        );
    }
  });

  it('unpacks better-sqlite3’s native module beside app.asar, where a native module can be loaded', () => {
    expect(statFile(pkg.asar, NATIVE)).toMatchObject({ unpacked: true });
    const native = readFileSync(join(pkg.resourcesPath, 'app.asar.unpacked', NATIVE));
    expect(native.subarray(0, 4).toString('latin1')).toBe('\x7fELF');
    // …and nothing of its build but that: no C sources, intermediates or test extension.
    const betterSqlite = [...entries].filter((entry) => entry.startsWith('node_modules/better-sqlite3/'));
    expect(
      betterSqlite.filter((entry) => /\.(c|cpp|h|hpp|o|a)$|test_extension|\/obj(\.target)?\//.test(entry)),
    ).toEqual([]);
  });

  it('ships no demo accounts and no demo data', () => {
    const demoUsers = JSON.parse(readFileSync(join(ROOT, 'resources/demo/demo-users.json'), 'utf8')) as {
      notice: string;
    };
    const demoData = JSON.parse(readFileSync(join(ROOT, 'resources/demo/demo-data.json'), 'utf8')) as {
      notice: string;
      subjects: { id: string; identifier: string }[];
    };
    const demoIdentifiers = new Set(demoData.subjects.map((subject) => subject.identifier));
    const resources = filesUnder(pkg.resourcesPath).filter((file) => !file.startsWith('app.asar'));
    expect(resources.filter((file) => /demo/i.test(file))).toEqual([]);
    expect([...entries].filter((entry) => /demo-(users|data)/i.test(entry))).toEqual([]);
    const scanned = [
      ...resources.map((file) => join(pkg.resourcesPath, file)),
      ...filesUnder(app).map((file) => join(app, file)),
    ];
    const offending: string[] = [];
    for (const file of scanned) {
      if (!statSync(file).isFile()) continue;
      const text = readFileSync(file, 'latin1');
      const utf8 = readFileSync(file, 'utf8');
      if (SCRYPT_HASH.test(text)) offending.push(`${file}: a scrypt password hash`);
      if (utf8.includes(demoUsers.notice) || utf8.includes(demoData.notice))
        offending.push(`${file}: a demo file's notice`);
      if (text.includes(demoData.subjects[0]?.id ?? 'demo-s-'))
        offending.push(`${file}: a demo subject's id`);
      for (const token of text.match(/[0-9A-Z]{18}/g) ?? [])
        if (demoIdentifiers.has(token)) offending.push(`${file}: the demo subject ${token}`);
    }
    expect(scanned.length).toBeGreaterThan(100);
    expect(offending).toEqual([]);
  });

  it('ships no platform server code and no browser host', () => {
    const shipped = [...entries];
    expect(shipped.filter((entry) => /^dist\/(platform|browser)(\/|$)/.test(entry))).toEqual([]);
    expect(
      shipped.filter((entry) => /(^|\/)node_modules\/(fastify|@fastify\/[^/]+|pino|axios)(\/|$)/.test(entry)),
    ).toEqual([]);
    // Of the builds, only the shell's, the sync worker's and the renderer's.
    expect(shipped.filter((entry) => /^dist\/[^/]+$/.test(entry)).sort()).toEqual([
      'dist/electron',
      'dist/renderer',
      'dist/sync',
    ]);
  });

  it('flips the Electron fuses on the product’s executable', () => {
    // Each of these is the opposite of the state Electron ships (stand-in-electron.ts), so electron-builder flipped it.
    expect(readFuseWire(pkg.executable)).toMatchObject({
      RunAsNode: FUSE_OFF,
      EnableCookieEncryption: FUSE_ON,
      EnableNodeOptionsEnvironmentVariable: FUSE_OFF,
      EnableNodeCliInspectArguments: FUSE_OFF,
      EnableEmbeddedAsarIntegrityValidation: FUSE_ON,
      OnlyLoadAppFromAsar: FUSE_ON,
    });
  });
});

/** The pids of `pid`'s child processes. */
const childrenOf = (pid: number): number[] =>
  readdirSync(`/proc/${pid}/task`).flatMap((task) =>
    readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8')
      .split(/\s+/)
      .filter((value) => value !== '')
      .map(Number),
  );

/** The TCP ports `pid` listens on (its socket inodes in LISTEN state in /proc/net/tcp{,6}). */
function listeningPorts(pid: number): number[] {
  const inodes = new Set(
    readdirSync(`/proc/${pid}/fd`).flatMap((fd) => {
      try {
        const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        return match === null ? [] : [match[1]];
      } catch {
        return [];
      }
    }),
  );
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((table) =>
    readFileSync(table, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields[3] === '0A' && inodes.has(fields[9]))
      .map((fields) => parseInt(fields[1]?.split(':')[1] ?? '0', 16)),
  );
}

/** Each table of a catalogue as its codes, sorted (the cache reads rows and their lists back in its own order). */
const inCodeOrder = (catalogue: Catalogue): Record<string, string[]> =>
  Object.fromEntries(
    Object.entries(catalogue).map(([table, rows]: [string, { code: string }[]]) => [
      table,
      rows.map((row) => row.code).sort(),
    ]),
  );

/** The environment of an installed app on a PC IT has not configured: none of a developer's settings. */
function installedEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env))
    if (/^(PLATFORM_URL|CCW_|npm_|ELECTRON_RUN_AS_NODE$|NODE_OPTIONS$)/.test(name)) delete env[name];
  return env;
}

const configured = linux && existsSync(systemDeploymentFile());
if (configured)
  console.log(
    `the packaged start is skipped: ${systemDeploymentFile()} exists on this machine, so it is not the ` +
      'unconfigured PC this test starts the app on',
  );

describe.skipIf(!linux || configured)('the packaged app, started from the assembled folder', () => {
  let running: PackagedMain;
  let userData = '';

  beforeAll(async () => {
    const { harness, shim } = await bundleHarness(join(work, 'harness'));
    userData = join(work, 'user-data');
    const manifest = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8')) as { main: string };
    running = startPackagedMain(
      harness,
      { main: join(app, manifest.main), appPath: app, resourcesPath: pkg.resourcesPath, userData, shim },
      installedEnv(),
    );
    await running.waitFor('load');
  }, 60_000);

  afterAll(() => {
    if (running !== undefined && running.process.exitCode === null) running.process.kill();
  });

  const reported = <T extends FromHarness['type']>(type: T): Extract<FromHarness, { type: T }>[] =>
    running.events.filter((event): event is Extract<FromHarness, { type: T }> => event.type === type);

  it('forks the core from the packaged core-process.cjs and opens the window on the packaged renderer', async () => {
    expect(reported('forked').map((event) => event.modulePath)).toEqual([
      join(app, 'dist/electron/core-process.cjs'),
    ]);
    expect(reported('window')).toEqual([
      { type: 'window', preload: join(app, 'dist/electron/preload.cjs'), sandbox: true },
    ]);
    // The page through main's app:// handler, from the package, with the CSP header.
    await expect.poll(() => reported('load').length).toBe(1);
    const [load] = reported('load');
    expect(load).toMatchObject({ url: 'app://workbench/index.html', status: 200, csp: true });
    expect(load?.contentType).toContain('text/html');
    const info = await running.invoke('app:info', {});
    expect(info).toMatchObject({ ok: true, value: { host: 'electron', demoData: false, cacheAsOf: null } });
    expect(reported('error-box')).toEqual([]);
    expect(reported('missing-api')).toEqual([]);
  });

  it('loads better-sqlite3’s native module from app.asar.unpacked in the core process', async () => {
    await running.invoke('app:info', {});
    const [core] = reported('forked');
    const maps = readFileSync(`/proc/${core?.pid}/maps`, 'utf8');
    expect(maps).toContain(join(pkg.resourcesPath, 'app.asar.unpacked', NATIVE));
  });

  it('has no demo account: the demo credentials do not sign in', async () => {
    const signed = await running.invoke('auth:sign-in', { username: 'zhaomin', password: 'demo1234' });
    expect(signed).toMatchObject({ ok: false });
  });

  it('starts no platform: no process but the core, no listening port', async () => {
    await running.invoke('app:info', {});
    const main = running.process.pid ?? -1;
    const [core] = reported('forked');
    expect(childrenOf(main)).toEqual([core?.pid]);
    expect(childrenOf(core?.pid ?? -1)).toEqual([]);
    expect([...listeningPorts(main), ...listeningPorts(core?.pid ?? -1)]).toEqual([]);
  });

  it('quits cleanly, leaving a cache holding the packaged catalogue and no demo data', async () => {
    const key = await running.cacheKey();
    expect(key).not.toBeNull();
    expect(await running.quit()).toBe(0);
    const db = openDatabase(join(userData, 'data', 'cache.sqlite3'), { key: key ?? '', readonly: true });
    try {
      const cached = readCatalogue(db);
      const packaged = loadCatalogue(join(pkg.resourcesPath, 'resources'));
      expect(cached.matters.length).toBeGreaterThan(0);
      expect(inCodeOrder(cached)).toEqual(inCodeOrder(packaged));
      expect(countSubjects(db)).toBe(0);
      expect(getMeta(db, 'demo_data')).toBeNull();
      expect(db.prepare('SELECT count(*) AS n FROM credentials').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });
});
