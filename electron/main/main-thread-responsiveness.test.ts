import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { beijingDay } from '../../shared/time';
import { signInForTests } from '../core/auth/test-session';
import { createCore, type Core } from '../core/core';
import { newCacheKey } from '../core/testing/temp-core';
import { dispatch } from '../core/ipc/dispatch';
import { seedDashboardData } from '../../scripts/bench/dashboard-seed';
import { seedSyntheticRegistry } from '../../scripts/bench/synthetic-registry';
import { bundleCoreProcess } from './testing/core-process-bundle';
import { RESOURCES_DIR, startShell } from './testing/core-process-fixture';

// The point of the core process: while the core runs a long query, the main process's event loop stays free
// (windows repaint, menus open, other calls are forwarded). Measured on the main side with monitorEventLoopDelay
// while a year-long dashboard query runs in the core process, with two controls that make the measure mean
// something: the query itself takes long enough to matter, and the same query run on this event loop is seen.
//
// The cache: the demo data set, plus the benchmark's dashboard data (scripts/bench) on a registry of 20,000
// subjects — 100,000 checks over a year and ~6,700 licence decisions. The query's time comes from the checks:
// a year of all matters takes 240–370 ms on the shared 2-core development machine. The benchmark's 500,000-subject
// registry would add ~25 s of seeding for ~30 % more query time, so this is the smallest cache that gives a query
// of hundreds of milliseconds; seeding it takes ~4 s and the whole test ~10 s.
const SUBJECTS = 20_000;
const CHECKS = 100_000;
// Five queries give the histogram ~150 samples, so its p99 is not just the one worst scheduling hiccup of a
// machine whose two cores other test files share.
const ROUNDS = 5;
/** Node's histogram counts the sampling interval itself: an idle loop reads about this much. */
const RESOLUTION_MS = 10;

let bundle: { entry: string; shim: string };
beforeAll(async () => {
  bundle = await bundleCoreProcess('main-thread-responsiveness-test');
}, 60_000);

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Lets the loop run its timers, so the histogram's sampling timer records the delay of what went before. */
const breathe = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 2 * RESOLUTION_MS));

/** p99 of this event loop's delay, in ms, while `work` runs. */
async function loopDelayWhile(work: () => Promise<void>): Promise<number> {
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  histogram.enable();
  await breathe();
  await work();
  await breathe();
  histogram.disable();
  return histogram.percentile(99) / 1e6;
}

function seededCache(): { dataDir: string; cacheKey: string; core: Core } {
  const dataDir = mkdtempSync(join(tmpdir(), 'ccw-responsive-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  // withDemo: the demo data and its demo accounts, so the core process signs in for real (auth:sign-in).
  const cacheKey = newCacheKey();
  const created = createCore({
    dataDir,
    cacheKey,
    resourcesDir: RESOURCES_DIR,
    host: 'electron',
    version: 'test',
    withDemo: true,
  });
  if (!created.ok) throw new Error(created.error.message);
  const core = created.value;
  cleanups.push(() => core.close());
  seedSyntheticRegistry(core.db, SUBJECTS);
  seedDashboardData(core.db, SUBJECTS, beijingDay(new Date()), CHECKS);
  return { dataDir, cacheKey, core };
}

describe('the main process while the core runs a long query', () => {
  it('keeps its event loop responsive (p99 < 50 ms) during a year-long dashboard query', async () => {
    const { dataDir, cacheKey, core } = seededCache();
    const run = await startShell(bundle, { dataDir, cacheKey });
    cleanups.push(run.dispose);
    if (!run.started.ok) throw new Error(run.started.error.message);
    const shell = run.started.value;
    const signed = await shell.invoke('auth:sign-in', { username: 'zhaomin', password: 'demo1234' });
    expect(signed.ok).toBe(true);
    const year = { from: beijingDay(new Date(Date.now() - 364 * 86_400_000)) };
    // Once before measuring: the core process's connection starts with a cold page cache.
    expect(await shell.invoke('dashboard:get', year)).toMatchObject({ ok: true });

    // For the log: the same loop idle for as long, so a slow reading can be told from a busy machine.
    const idleP99 = await loopDelayWhile(() => new Promise((resolve) => setTimeout(resolve, 1_000)));
    const queryMs: number[] = [];
    const mainP99 = await loopDelayWhile(async () => {
      for (let round = 0; round < ROUNDS; round += 1) {
        const started = performance.now();
        const result = await shell.invoke('dashboard:get', year);
        queryMs.push(performance.now() - started);
        // The whole year's checks were counted (the seed spreads 100,000 over 364 days).
        expect(result.ok && (result.value as { counts: { checks: number } }).counts.checks).toBeGreaterThan(
          99_000,
        );
        await breathe();
      }
    });

    // The same query on this event loop, as main ran it before the core process.
    signInForTests(core, 'supervisor');
    const inProcessP99 = await loopDelayWhile(async () => {
      for (let round = 0; round < ROUNDS; round += 1) {
        expect(await dispatch(core.handlers, 'dashboard:get', year)).toMatchObject({ ok: true });
        await breathe();
      }
    });

    console.log(
      `main event-loop p99 ${mainP99.toFixed(1)} ms while the core process ran the query ` +
        `(${queryMs.map((ms) => ms.toFixed(0)).join(', ')} ms); the same query in-process: p99 ${inProcessP99.toFixed(1)} ms; idle: p99 ${idleP99.toFixed(1)} ms`,
    );
    // Control: the query takes long enough that running it on the main thread would matter…
    expect(median(queryMs)).toBeGreaterThan(100);
    // …and this measure sees it when it does.
    expect(inProcessP99).toBeGreaterThan(100);
    expect(mainP99).toBeLessThan(50);
  }, 120_000);
});
