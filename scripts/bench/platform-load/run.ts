import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { platformAt } from '../../../shared/domain/deployment';
import {
  createPlatformClient,
  FEED_WAIT_UNSUPPORTED,
  PlatformRequestError,
} from '../../../electron/core/sync/platform-client';
import { deliveryOf, evidenceOf, type Delivery, type Evidence } from './analyse';
import { setUpEngine } from './engine';
import type { BenchOptions, FeedMode } from './options';
import {
  runCli,
  startPlatformProcess,
  type ProcessUsage,
  type RunningPlatformProcess,
} from './platform-process';
import { startPublisher } from './publisher';
import type { PcReport } from './simulated-pc';
import { addCounts, round } from './stats';
import type { FromWorker, ToWorker } from './worker';

export type BenchReport = {
  engine: BenchOptions['engine'];
  processes: number;
  clients: number;
  workers: number;
  /** The mode asked for, and the one run (wait falls back to poll on a platform without the wait route). */
  modeAsked: FeedMode;
  mode: FeedMode;
  pollSeconds: number;
  seconds: number;
  warmupSeconds: number;
  delivery: Delivery;
  pushes: number;
  pushesPerSecond: number;
  /** Feed pages and waits answered per second in the window. */
  feedRequestsPerSecond: number;
  /** The platform processes' CPU per request answered (pushes and feed requests), in ms: its cost, whatever the load. */
  cpuMsPerRequest: number | null;
  evidence: Evidence;
  /** Every non-2xx answer and network failure of the PCs, and every failed publication, by code. */
  errors: Record<string, number>;
  errorCount: number;
  platform: ProcessUsage[];
  /** Each worker process's CPU over the window (% of one core): near 100, the load generator was the limit. */
  clientCpuPercent: number[];
  /** The machine, and its 1-minute load average at the end of the window (other work on it shows there). */
  machine: { cpus: number; model: string; loadAverage: number };
  /** The invariants: no error, nothing lost or duplicated, the platform holds each applied check once. */
  ok: boolean;
};

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** A worker process with its share of the PCs, spoken to over IPC. */
function startWorker(script: string): {
  child: ChildProcess;
  send: (m: ToWorker) => void;
  next: () => Promise<FromWorker>;
} {
  const child = fork(script, [], { env: { ...process.env, BENCH_PLATFORM_WORKER: '1' }, stdio: 'inherit' });
  const inbox: FromWorker[] = [];
  let waiting: ((message: FromWorker) => void) | null = null;
  const deliver = (message: FromWorker): void => {
    const waiter = waiting;
    waiting = null;
    if (waiter === null) inbox.push(message);
    else waiter(message);
  };
  child.on('message', deliver);
  child.once('exit', (code) => deliver({ type: 'failed', message: `压测客户端进程意外退出（${code}）` }));
  return {
    child,
    send: (message) => void child.send(message),
    next: () => {
      const queued = inbox.shift();
      return queued !== undefined ? Promise.resolve(queued) : new Promise((done) => (waiting = done));
    },
  };
}

async function awaitMessage(
  worker: ReturnType<typeof startWorker>,
  type: FromWorker['type'],
): Promise<FromWorker> {
  const message = await worker.next();
  if (message.type === 'failed') throw new Error(message.message);
  if (message.type !== type) throw new Error(`压测客户端进程答非所问（${message.type}）`);
  return message;
}

/** Whether the platform serves the feed wait route, asked with a device of the bench's own. */
async function servesWait(url: string, code: string): Promise<boolean> {
  const probe = await createPlatformClient({ target: platformAt(url) }).enrol(code, '压测探测');
  try {
    await createPlatformClient({ target: platformAt(url), token: probe.deviceToken }).waitForChanges(0, 1);
    return true;
  } catch (error) {
    if (error instanceof PlatformRequestError && error.code === FEED_WAIT_UNSUPPORTED) return false;
    throw error;
  }
}

/**
 * One run of the load benchmark, bounded: the platform process(es) on a fresh data dir, the simulated PCs in
 * `workerScript` processes, a warm-up, the measured window, then the drain and the checks of the invariants.
 * Everything started is stopped and removed at the end, also on failure.
 */
export async function runPlatformBench(
  options: BenchOptions,
  workerScript: string,
  log: (line: string) => void,
): Promise<BenchReport> {
  // The hard stop: set-up (enrolment and first sync of every PC), warm-up, window and drain, each bounded.
  const budgetMs = (120 + options.clients * 0.6 + options.warmupSeconds + options.seconds + 360) * 1000;
  let timer: NodeJS.Timeout | undefined;
  const hardStop = new Promise<never>((_, fail) => {
    timer = setTimeout(
      () => fail(new Error(`压测超过时限 ${Math.round(budgetMs / 1000)} 秒，已强制停止`)),
      budgetMs,
    );
  });
  const work = mkdtempSync(join(tmpdir(), 'ccw-bench-platform-'));
  const dataDir = join(work, 'data');
  mkdirSync(dataDir);
  const cleanups: (() => Promise<void> | void)[] = [() => rmSync(work, { recursive: true, force: true })];
  const workers: ReturnType<typeof startWorker>[] = [];
  const measure = async (): Promise<BenchReport> => {
    const engine = await setUpEngine(options.engine, dataDir);
    cleanups.unshift(engine.dispose);
    const command = {
      cli: options.platformCli,
      env: { ...process.env, PLATFORM_DATA_DIR: dataDir },
      engineArgs: engine.engineArgs,
    };
    const platforms: RunningPlatformProcess[] = [];
    for (let i = 0; i < options.processes; i += 1) {
      // One after the other: the first start creates and migrates the database.
      const platform = await startPlatformProcess(command);
      platforms.push(platform);
      cleanups.unshift(platform.stop);
    }
    log(`市平台已启动：${platforms.map((p) => p.url).join('、')}`);
    const issued = await runCli(command, ['--issue-code', '--count', String(options.clients + 1)]);
    const codes = issued.stdout.trim().split('\n');
    if (issued.code !== 0 || codes.length !== options.clients + 1)
      throw new Error(`发放登记码失败：${issued.stderr}`);
    const urls = platforms.map((p) => p.url);
    let mode = options.mode;
    if (mode === 'wait' && !(await servesWait(urls[0] ?? '', codes.pop() ?? ''))) {
      log('市平台没有等待变更接口（404），改为定时拉取');
      mode = 'poll';
    }
    for (let w = 0; w < options.workers; w += 1) {
      const worker = startWorker(workerScript);
      workers.push(worker);
      const pcs = codes
        .slice(0, options.clients)
        .map((code, i) => ({ code, url: urls[i % urls.length] ?? '', name: `压测窗口 ${i + 1}`, i }))
        .filter((pc) => pc.i % options.workers === w);
      worker.send({
        type: 'enrol',
        pcs,
        settings: {
          mode,
          pollSeconds: options.pollSeconds,
          pushMinSeconds: options.pushMinSeconds,
          pushMaxSeconds: options.pushMaxSeconds,
        },
      });
    }
    for (const worker of workers) await awaitMessage(worker, 'enrolled');
    log(
      `${options.clients} 台窗口电脑已登记并完成首次同步（${options.workers} 个进程），预热 ${options.warmupSeconds} 秒`,
    );

    workers.forEach((worker) => worker.send({ type: 'start' }));
    const publisher = startPublisher(command, work, {
      min: options.publishMinSeconds,
      max: options.publishMaxSeconds,
    });
    await sleep(options.warmupSeconds * 1000);
    workers.forEach((worker) => worker.send({ type: 'measure', on: true }));
    platforms.forEach((platform) => platform.startMeasuring());
    const from = Date.now();
    log(`测量 ${options.seconds} 秒…`);
    await sleep(options.seconds * 1000);
    workers.forEach((worker) => worker.send({ type: 'measure', on: false }));
    const to = Date.now();
    const usage = platforms.map((platform) => platform.usage());
    const loadAverage = round(loadavg()[0] ?? 0, 1);
    const published = await publisher.stop();
    workers.forEach((worker) => worker.send({ type: 'stop' }));
    const reports: PcReport[] = [];
    const clientCpuPercent: number[] = [];
    for (const worker of workers) {
      const message = await awaitMessage(worker, 'report');
      if (message.type === 'report') {
        reports.push(...message.reports);
        clientCpuPercent.push(message.cpuPercent);
      }
    }
    for (const platform of platforms) await platform.stop();
    const stored = await engine.storedEvidence();

    const errors: Record<string, number> = {};
    reports.forEach((pc) => addCounts(errors, pc.errors));
    addCounts(errors, published.errors);
    const errorCount = Object.values(errors).reduce((sum, n) => sum + n, 0);
    // What the platform said about its failures (its log at level warn and above), for whoever reads the run.
    if (errorCount > 0)
      platforms.forEach((platform, i) => {
        const said = platform.output().trim();
        if (said !== '') log(`市平台进程 ${i + 1} 的日志（末尾）：\n${said.slice(-5_000)}`);
      });
    const delivery = deliveryOf(published.publications, reports, { from, to });
    const evidence = evidenceOf(reports, stored);
    const pushes = reports.reduce((sum, pc) => sum + pc.pushesInWindow, 0);
    const feedRequests = reports.reduce((sum, pc) => sum + pc.feedRequestsInWindow, 0);
    const windowSeconds = (to - from) / 1000;
    const cpuSeconds = usage.reduce((sum, process) => sum + (process.cpuPercent / 100) * windowSeconds, 0);
    return {
      engine: options.engine,
      processes: options.processes,
      clients: options.clients,
      workers: options.workers,
      modeAsked: options.mode,
      mode,
      pollSeconds: options.pollSeconds,
      seconds: round((to - from) / 1000, 1),
      warmupSeconds: options.warmupSeconds,
      delivery,
      pushes,
      pushesPerSecond: round(pushes / windowSeconds),
      feedRequestsPerSecond: round(feedRequests / windowSeconds),
      cpuMsPerRequest:
        pushes + feedRequests === 0 ? null : round((cpuSeconds * 1000) / (pushes + feedRequests)),
      evidence,
      errors,
      errorCount,
      platform: usage,
      clientCpuPercent,
      machine: { cpus: cpus().length, model: cpus()[0]?.model ?? '', loadAverage },
      ok:
        errorCount === 0 &&
        delivery.published > 0 &&
        delivery.lost === 0 &&
        delivery.duplicated === 0 &&
        evidence.checksMissing === 0 &&
        evidence.checksUnexpected === 0 &&
        evidence.checksStored === evidence.checksApplied &&
        evidence.feedbackStored === evidence.feedbackApplied,
    };
  };
  try {
    return await Promise.race([measure(), hardStop]);
  } finally {
    clearTimeout(timer);
    workers.forEach((worker) => {
      if (worker.child.exitCode === null) worker.child.kill('SIGTERM');
    });
    for (const cleanup of cleanups) await cleanup();
  }
}
