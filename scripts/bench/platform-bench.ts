import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseBenchOptions } from './platform-load/options';
import { reportTable } from './platform-load/report';
import { runPlatformBench } from './platform-load/run';
import { runWorker } from './platform-load/worker';

// npm run bench:platform [-- --engine sqlite|postgres --processes 1|2 --clients 500 --mode wait|poll
//   --poll-seconds 2 --seconds 60 --warmup 10 --workers 4 --push-every 10-30 --publish-every 1-2]
// A city's window PCs against the reference platform, on loopback only: the platform in its own process(es)
// (two on one data dir with --processes 2), the PCs spread over a few worker processes speaking the real HTTP
// contract, while the platform publishes 失信 records through its import. Bounded in PCs (≤ 999) and time (a hard
// stop). Prints a table and writes bench-results/platform-<engine>-<n>p.json. This bundle is also the worker.
async function main(): Promise<void> {
  const root = resolve('.');
  const options = parseBenchOptions(process.argv.slice(2), join(root, 'dist', 'platform', 'platform.cjs'));
  const report = await runPlatformBench(options, __filename, (line) => console.log(line));
  console.log(`\n城市规模负载测试\n${reportTable(report)}`);
  const out =
    options.out ?? join(root, 'bench-results', `platform-${options.engine}-${options.processes}p.json`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ ...report, measuredAt: new Date().toISOString() }, null, 2)}\n`);
  console.log(`结果已写入 ${out}`);
  if (!report.ok) process.exitCode = 1;
}

if (process.env.BENCH_PLATFORM_WORKER === '1') runWorker();
else
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
