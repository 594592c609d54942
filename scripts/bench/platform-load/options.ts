import { parseArgs } from 'node:util';

export type Engine = 'sqlite' | 'postgres';
export type FeedMode = 'wait' | 'poll';

/** What one run of the load benchmark does; every count and duration is bounded (parseBenchOptions). */
export type BenchOptions = {
  engine: Engine;
  processes: 1 | 2;
  clients: number;
  /** Child processes the simulated PCs are spread over. */
  workers: number;
  mode: FeedMode;
  /** Poll mode: seconds between two pulls of one PC. */
  pollSeconds: number;
  /** Measured seconds, after the warm-up. */
  seconds: number;
  warmupSeconds: number;
  /** One check with its feedback per PC every pushMin–pushMax seconds (uniformly jittered). */
  pushMinSeconds: number;
  pushMaxSeconds: number;
  /** One 失信 record published every publishMin–publishMax seconds. */
  publishMinSeconds: number;
  publishMaxSeconds: number;
  /** The platform's CLI bundle (dist/platform/platform.cjs). */
  platformCli: string;
  /** Where the JSON goes; null: bench-results/platform-<engine>-<n>p.json. */
  out: string | null;
};

const LIMITS = { clients: 999, workers: 16, seconds: 600, warmup: 120 } as const;

function bounded(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number < min || number > max)
    throw new Error(`--${name} 应为 ${min} 到 ${max} 之间的数`);
  return number;
}

const whole = (
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number => {
  const number = bounded(name, value, fallback, min, max);
  if (!Number.isInteger(number)) throw new Error(`--${name} 应为整数`);
  return number;
};

const argumentOptions = {
  engine: { type: 'string' },
  processes: { type: 'string' },
  clients: { type: 'string' },
  workers: { type: 'string' },
  mode: { type: 'string' },
  'poll-seconds': { type: 'string' },
  seconds: { type: 'string' },
  warmup: { type: 'string' },
  'push-every': { type: 'string' },
  'publish-every': { type: 'string' },
  'platform-cli': { type: 'string' },
  out: { type: 'string' },
} as const;

/** parseArgs, its refusals (an unknown option, a missing value) said in Chinese. */
function parseChinese(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], strict: true, options: argumentOptions });
  } catch (error) {
    const token = error instanceof Error ? (/'(-[^' ]+)/.exec(error.message)?.[1] ?? '') : '';
    throw new Error(
      `参数有误${token === '' ? '' : `（${token}）`}：未知的参数，或参数缺少取值；可用参数见 docs/benchmarks.md`,
      { cause: error },
    );
  }
}

/** The command line of `npm run bench:platform -- …`, checked; a bad value throws with a Chinese message. */
export function parseBenchOptions(argv: readonly string[], defaultCli: string): BenchOptions {
  const { values } = parseChinese(argv);
  const engine = values.engine ?? 'sqlite';
  if (engine !== 'sqlite' && engine !== 'postgres') throw new Error('--engine 应为 sqlite 或 postgres');
  const processes = whole('processes', values.processes, 1, 1, 2) as 1 | 2;
  const mode = values.mode ?? 'wait';
  if (mode !== 'wait' && mode !== 'poll') throw new Error('--mode 应为 wait 或 poll');
  const clients = whole('clients', values.clients, 500, 1, LIMITS.clients);
  const [pushMin, pushMax] = range('push-every', values['push-every'], [10, 30], 0.2, 300);
  const [publishMin, publishMax] = range('publish-every', values['publish-every'], [1, 2], 0.5, 60);
  return {
    engine,
    processes,
    clients,
    workers: Math.min(clients, whole('workers', values.workers, 4, 1, LIMITS.workers)),
    mode,
    pollSeconds: bounded('poll-seconds', values['poll-seconds'], 2, 0.2, 60),
    seconds: bounded('seconds', values.seconds, 60, 1, LIMITS.seconds),
    warmupSeconds: bounded('warmup', values.warmup, 10, 0, LIMITS.warmup),
    pushMinSeconds: pushMin,
    pushMaxSeconds: pushMax,
    publishMinSeconds: publishMin,
    publishMaxSeconds: publishMax,
    platformCli: values['platform-cli'] ?? defaultCli,
    out: values.out ?? null,
  };
}

/** "10-30" (or one number) seconds, within min–max. */
function range(
  name: string,
  value: string | undefined,
  fallback: readonly [number, number],
  min: number,
  max: number,
): readonly [number, number] {
  if (value === undefined) return fallback;
  const parts = value.split('-').map((part) => bounded(name, part, NaN, min, max));
  const low = parts[0] ?? NaN;
  const high = parts[1] ?? low;
  if (parts.length > 2 || !(high >= low)) throw new Error(`--${name} 应写作 最短-最长 秒，如 10-30`);
  return [low, high];
}
