import { platformAt } from '../../shared/domain/deployment';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setMeta } from '../../electron/core/app/meta.repo';
import { createCore, DATABASE_FILE } from '../../electron/core/core';
import { openDatabase } from '../../node-shared/db/connection';
import { migrate } from '../../node-shared/db/migrate';
import { migrations } from '../../electron/core/db/migrations';
import { deferSearchIndex } from '../../electron/core/db/search-index';
import { createPlatformClient } from '../../electron/core/sync/platform-client';
import { syncedTables, type SyncedTable } from '../../shared/platform-api/api';

// npm run bench:sync [-- --scale S]: the initial sync of a generated city, measured as a county PC would live it.
// The platform runs in a process of its own; the client is the real core with its sync worker thread, in this
// process, whose peak RSS and event-loop delay are sampled throughout. The baselines are raw prepared inserts of
// the same rows, in one transaction, into a fresh cache with the same schema: once with every index and trigger
// (as before), once without what an initial sync builds only at its end (the synced tables' secondary indexes
// and the name-search upkeep, dropped by the same db/search-index.ts the pull uses, and not rebuilt) — the issue's
// target is the pull's rate against this second one.
const scaleArgument = process.argv.indexOf('--scale');
const scale = scaleArgument > 0 ? Number(process.argv[scaleArgument + 1]) : 0.1;
const root = resolve('.');
const platformCli = join(root, 'dist', 'platform', 'platform.cjs');

function run(args: string[], env: NodeJS.ProcessEnv, onLine: (line: string) => void = () => undefined) {
  const child = spawn(process.execPath, [platformCli, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let buffer = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    lines.forEach(onLine);
  });
  return { child, exited: new Promise<number | null>((done) => child.on('exit', (code) => done(code))) };
}

/** CPU time of this process (all its threads) since `from`: less at the mercy of a shared machine than wall time. */
const cpuSecondsSince = (from: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1e6;
};

function rawInsertRate(
  source: string,
  key: string,
  file: string,
  withIndexes: boolean,
): { rows: number; seconds: number; cpuSeconds: number } {
  const target = openDatabase(file);
  migrate(target, migrations);
  if (!withIndexes) deferSearchIndex(target, 'initial');
  const from = openDatabase(source, { readonly: true, key });
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  let rows = 0;
  target.transaction(() => {
    for (const table of [
      ...(Object.keys(syncedTables) as SyncedTable[]),
      'measure_matter_categories',
    ] as const) {
      const columns = (from.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map(
        (c) => c.name,
      );
      const insert = target.prepare(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      );
      for (const row of from.prepare(`SELECT * FROM ${table}`).raw().iterate() as IterableIterator<
        unknown[]
      >) {
        insert.run(row);
        rows += 1;
      }
    }
  })();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpuSeconds = cpuSecondsSince(cpu);
  from.close();
  target.close();
  return { rows, seconds, cpuSeconds };
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'ccw-bench-sync-'));
  const platformDir = join(work, 'platform');
  const env = { PLATFORM_DATA_DIR: platformDir, PLATFORM_PORT: '0' };
  console.log(`生成规模 ${scale} 的城市数据…`);
  const generated = Date.now();
  if ((await run(['--generate', '--scale', String(scale)], env).exited) !== 0)
    throw new Error('generation failed');
  const generateSeconds = (Date.now() - generated) / 1000;
  let code = '';
  await run(['--issue-code'], env, (line) => (code = line.trim() || code)).exited;
  let url = '';
  const server = run([], env, (line) => {
    if (line.startsWith('PLATFORM_URL=')) url = line.slice('PLATFORM_URL='.length).trim();
  });
  while (url === '') await new Promise((done) => setTimeout(done, 50));

  const clientDir = join(work, 'client');
  const cacheKey = randomBytes(32).toString('hex');
  const created = createCore({
    dataDir: clientDir,
    cacheKey,
    resourcesDir: join(root, 'resources'),
    host: 'browser',
    version: 'bench',
    withDemo: false,
    syncWorkerScript: join(root, 'dist', 'sync', 'sync-worker.cjs'),
    syncOptions: { pageSize: 5_000 },
  });
  if (!created.ok) throw new Error(created.error.message);
  const core = created.value;
  const enrolled = await createPlatformClient({ target: platformAt(url) }).enrol(code, 'bench');
  core.db.transaction(() => {
    setMeta(core.db, 'platform_url', url);
    setMeta(core.db, 'device_id', enrolled.deviceId);
    setMeta(core.db, 'device_token', enrolled.deviceToken);
  })();

  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  // The pull (download and apply) ends where verification begins.
  let pullEnded = 0;
  const unsubscribe = core.events.subscribe((event) => {
    if (event.type === 'sync-progress' && event.progress.phase === 'verify' && pullEnded === 0) {
      pullEnded = Date.now();
      pullCpuSeconds = cpuSecondsSince(cpu);
    }
  });
  const started = Date.now();
  const cpu = process.cpuUsage();
  let pullCpuSeconds = 0;
  const result = await core.sync.run();
  unsubscribe();
  const syncSeconds = (Date.now() - started) / 1000;
  loop.disable();
  clearInterval(sampler);
  if (!result.ok) throw new Error(result.error.message);
  const applied = result.value.pulled;
  core.close();
  server.child.kill('SIGTERM');
  await server.exited;

  const cache = join(clientDir, DATABASE_FILE);
  const bare = rawInsertRate(cache, cacheKey, join(work, 'raw-bare.sqlite3'), false);
  const raw = rawInsertRate(cache, cacheKey, join(work, 'raw.sqlite3'), true);
  const pullSeconds = ((pullEnded || Date.now()) - started) / 1000;
  const applyRate = applied / pullSeconds;
  const rawRate = raw.rows / raw.seconds;
  const bareRate = bare.rows / bare.seconds;
  const report = {
    scale,
    generateSeconds,
    rowsApplied: applied,
    syncWallSeconds: syncSeconds,
    pullSeconds,
    verifySeconds: syncSeconds - pullSeconds,
    applyRowsPerSecond: Math.round(applyRate),
    rawInsertRowsPerSecond: Math.round(rawRate),
    applyToRawRatio: Math.round((applyRate / rawRate) * 100) / 100,
    rawInsertWithoutIndexesRowsPerSecond: Math.round(bareRate),
    applyToRawWithoutIndexesRatio: Math.round((applyRate / bareRate) * 100) / 100,
    // Rows per CPU-second of the client process (the pull: its worker thread, download, parse and apply; the
    // platform's CPU is not counted), and the same for the raw inserts.
    applyRowsPerCpuSecond: Math.round(applied / pullCpuSeconds),
    rawInsertRowsPerCpuSecond: Math.round(raw.rows / raw.cpuSeconds),
    rawInsertWithoutIndexesRowsPerCpuSecond: Math.round(bare.rows / bare.cpuSeconds),
    peakRssMb: Math.round(peakRss / 1e6),
    eventLoopDelayP99Ms: Math.round((loop.percentile(99) / 1e6) * 10) / 10,
    targets: {
      applyToRawWithoutIndexesRatio: 0.5,
      applyRowsPerSecond: 100_000,
      peakRssMb: 300,
      eventLoopDelayP99Ms: 50,
    },
  };
  console.log(`同步基准测试 — scale ${scale}`);
  console.table({
    'rows applied': applied,
    'sync wall time (s)': syncSeconds.toFixed(1),
    'pull: download + apply (s)': pullSeconds.toFixed(1),
    'verify: checksums (s)': (syncSeconds - pullSeconds).toFixed(1),
    'apply rate (rows/s)': report.applyRowsPerSecond,
    'raw insert rate (rows/s)': report.rawInsertRowsPerSecond,
    'apply / raw': report.applyToRawRatio,
    'raw insert without indexes (rows/s)': report.rawInsertWithoutIndexesRowsPerSecond,
    'apply / raw without indexes': report.applyToRawWithoutIndexesRatio,
    'apply (rows per client CPU-s)': report.applyRowsPerCpuSecond,
    'raw insert (rows per CPU-s)': report.rawInsertRowsPerCpuSecond,
    'raw without indexes (rows per CPU-s)': report.rawInsertWithoutIndexesRowsPerCpuSecond,
    'peak RSS (MB)': report.peakRssMb,
    'event-loop delay p99 (ms)': report.eventLoopDelayP99Ms,
  });
  mkdirSync(resolve('bench-results'), { recursive: true });
  writeFileSync(resolve('bench-results', `sync-scale-${scale}.json`), `${JSON.stringify(report, null, 2)}\n`);
  rmSync(work, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
