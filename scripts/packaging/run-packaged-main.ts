import { fork, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { HARNESS_SETUP_ENV, type FromHarness, type HarnessSetup, type ToHarness } from './harness-wire';

const ROOT = resolve(__dirname, '..', '..');

/** The harness and the fake utility process's shim, bundled into `dir`. */
export async function bundleHarness(dir: string): Promise<{ harness: string; shim: string }> {
  const harness = join(dir, 'packaged-main-harness.cjs');
  const shim = join(dir, 'utility-process-shim.cjs');
  const common: BuildOptions = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'silent',
    external: ['electron'],
  };
  await Promise.all([
    build({ ...common, entryPoints: [join(__dirname, 'packaged-main-harness.ts')], outfile: harness }),
    build({
      ...common,
      entryPoints: [join(ROOT, 'electron/main/testing/utility-process-shim.ts')],
      outfile: shim,
    }),
  ]);
  return { harness, shim };
}

export type PackagedMain = {
  process: ChildProcess;
  /** Everything the harness reported, in order. */
  events: FromHarness[];
  /** What the harness and its children wrote to stdout and stderr. */
  output: () => string;
  /** Waits for a report (at most `ms`), the first one `match` accepts. */
  waitFor: <T extends FromHarness['type']>(
    type: T,
    ms?: number,
  ) => Promise<Extract<FromHarness, { type: T }>>;
  /** A contract call from the app's window, through main's ipcMain and on to the core. */
  invoke: (channel: string, payload: unknown) => Promise<unknown>;
  cacheKey: () => Promise<string | null>;
  /** Quits as the app does (main stops the core first) and waits for the process to end. */
  quit: () => Promise<number | null>;
  exited: Promise<number | null>;
};

/** Forks the harness (bundleHarness) running the packaged main script under the fake-electron stand-ins. */
export function startPackagedMain(
  harness: string,
  setup: HarnessSetup,
  env: NodeJS.ProcessEnv,
): PackagedMain {
  const child = fork(harness, [], {
    env: { ...env, [HARNESS_SETUP_ENV]: JSON.stringify(setup) },
    serialization: 'advanced',
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  const collect = (chunk: Buffer): void => {
    output += chunk.toString('utf8');
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const events: FromHarness[] = [];
  const waiting: { accepts: (event: FromHarness) => boolean; resolve: (event: FromHarness) => void }[] = [];
  child.on('message', (message: FromHarness) => {
    events.push(message);
    for (const waiter of waiting.splice(0)) {
      if (waiter.accepts(message)) waiter.resolve(message);
      else waiting.push(waiter);
    }
  });
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const gone = (what: string): string =>
    `the packaged main ended (exit code ${child.exitCode}) before ${what}; it reported ${JSON.stringify(events)}\n${output}`;
  const next = (accepts: (event: FromHarness) => boolean, ms: number, what: string): Promise<FromHarness> => {
    const seen = events.find(accepts);
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((done, fail) => {
      const timer = setTimeout(
        () => fail(new Error(`no ${what} from the packaged main within ${ms} ms:\n${output}`)),
        ms,
      );
      void exited.then(() => {
        clearTimeout(timer);
        fail(new Error(gone(what)));
      });
      waiting.push({
        accepts,
        resolve: (event) => {
          clearTimeout(timer);
          done(event);
        },
      });
    });
  };
  const send = (message: ToHarness): void => {
    child.send(message);
  };
  let nextId = 0;
  return {
    process: child,
    events,
    output: () => output,
    waitFor: async (type, ms = 20_000) =>
      (await next((event) => event.type === type, ms, type)) as Extract<FromHarness, { type: typeof type }>,
    invoke: async (channel, payload) => {
      const id = nextId++;
      send({ type: 'invoke', id, channel, payload });
      const answer = await next((event) => event.type === 'answer' && event.id === id, 20_000, channel);
      return (answer as Extract<FromHarness, { type: 'answer' }>).result;
    },
    cacheKey: async () => {
      const asked = events.length;
      send({ type: 'cache-key' });
      const reply = await next(
        (event) => event.type === 'cache-key' && events.indexOf(event) >= asked,
        10_000,
        'cache key',
      );
      return (reply as Extract<FromHarness, { type: 'cache-key' }>).key;
    },
    quit: async () => {
      if (child.exitCode === null && child.connected) send({ type: 'quit' });
      return await exited;
    },
    exited,
  };
}
