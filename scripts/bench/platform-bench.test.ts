import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForNode } from '../../node-shared/testing/bundle';
import { RESOURCES_DIR, tempDir } from '../../platform/testing/temp-platform';
import type { BenchReport } from './platform-load/run';

// The load benchmark run for real at toy scale: the platform CLI bundled as shipped, two platform processes on
// one data dir, a handful of PCs in two worker processes, a few seconds. Asserted: the invariants, never timings.
const ROOT = resolve(__dirname, '..', '..');
const work = tempDir('ccw-bench-platform-test-');
const platformCli = join(work.path, 'platform.cjs');
const bench = join(work.path, 'bench.cjs');

beforeAll(async () => {
  await bundleForNode(join(ROOT, 'platform', 'main.ts'), platformCli);
  await bundleForNode(join(__dirname, 'platform-bench.ts'), bench, { external: ['pg'] });
});
afterAll(() => work.remove());

type Ran = { code: number | null; stdout: string; stderr: string };
function runBench(args: string[]): Promise<Ran> {
  const child = spawn(process.execPath, [bench, '--platform-cli', platformCli, ...args], {
    env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules'), PLATFORM_RESOURCES_DIR: RESOURCES_DIR },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((done) => child.once('close', (code) => done({ code, stdout, stderr })));
}

describe('npm run bench:platform', { timeout: 180_000 }, () => {
  it('runs PCs against two platform processes: no error, every entry once at every PC, every check held once', async () => {
    const out = join(work.path, 'platform.json');
    const ran = await runBench([
      ...['--processes', '2', '--clients', '6', '--workers', '2', '--seconds', '5', '--warmup', '1'],
      ...['--push-every', '0.5-1.5', '--publish-every', '0.5-1', '--poll-seconds', '0.5', '--out', out],
    ]);
    expect(ran.stderr).not.toMatch(/Error|错误/);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('城市规模负载测试');
    const report = JSON.parse(readFileSync(out, 'utf8')) as BenchReport;
    expect(report.errors).toEqual({});
    expect(report.errorCount).toBe(0);
    expect(report.delivery.published).toBeGreaterThan(0);
    expect(report.delivery.lost).toBe(0);
    expect(report.delivery.duplicated).toBe(0);
    expect(report.delivery.freshnessSamples).toBeGreaterThan(0);
    expect(report.evidence.checksApplied).toBeGreaterThan(0);
    expect(report.evidence.checksStored).toBe(report.evidence.checksApplied);
    expect(report.evidence.checksMissing).toBe(0);
    expect(report.evidence.checksUnexpected).toBe(0);
    expect(report.evidence.feedbackStored).toBe(report.evidence.feedbackApplied);
    expect(report.platform).toHaveLength(2);
    expect(new Set(report.platform.map((usage) => usage.url)).size).toBe(2);
    report.platform.forEach((usage) => expect(usage.peakRssMb).toBeGreaterThan(0));
    expect(report.ok).toBe(true);
  });

  it('bounds its counts and times, refusing the rest in Chinese', async () => {
    for (const [args, message] of [
      [['--clients', '1000'], '--clients 应为 1 到 999 之间的数'],
      [['--clients', '0'], '--clients 应为 1 到 999 之间的数'],
      [['--clients', '2.5'], '--clients 应为整数'],
      [['--seconds', '100000'], '--seconds 应为 1 到 600 之间的数'],
      [['--processes', '3'], '--processes 应为 1 到 2 之间的数'],
      [['--engine', 'mysql'], '--engine 应为 sqlite 或 postgres'],
      [['--mode', 'push'], '--mode 应为 wait 或 poll'],
      [['--push-every', '30-10'], '--push-every 应写作 最短-最长 秒'],
      [['--push-every', 'abc'], '--push-every 应为'],
      [['--bogus', '1'], '参数有误（--bogus）'],
      [['--clients'], '参数有误（--clients）'],
    ] as const) {
      const refused = await runBench([...args]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(message);
    }
  });
});
