import { spawn, type ChildProcess } from 'node:child_process';

/** One of the campaign's processes (this same script in another role), read line by line. */
export type Child = {
  process: ChildProcess;
  exited: Promise<number | null>;
  /** Resolves with the first stdout line `test` accepts, or rejects when the process ends first. */
  waitFor: (test: (line: string) => boolean, timeoutMs: number) => Promise<string>;
  send: (line: string) => void;
  /** The last lines the process wrote on stderr, for a report. */
  stderrTail: () => string;
};

/** Every process started and not yet ended, so that none outlives the campaign when it stops on an error. */
const alive = new Set<ChildProcess>();

export function killAll(): void {
  for (const child of alive) child.kill('SIGKILL');
}

export function spawnRole(args: string[], onLine: (line: string) => void): Child {
  const child = spawn(process.execPath, [process.argv[1] ?? '', ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  alive.add(child);
  child.on('exit', () => alive.delete(child));
  const waiters = new Set<{ test: (line: string) => boolean; done: (line: string) => void }>();
  let buffer = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      onLine(line);
      for (const waiter of [...waiters]) if (waiter.test(line)) waiter.done(line);
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-4000)));
  child.stdin?.on('error', () => undefined);
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return {
    process: child,
    exited,
    waitFor: (test, timeoutMs) =>
      new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => finish(new Error(`等待超时（${timeoutMs} ms）`)), timeoutMs);
        const waiter = { test, done: (line: string) => finish(line) };
        const finish = (outcome: string | Error): void => {
          clearTimeout(timer);
          waiters.delete(waiter);
          if (typeof outcome === 'string') resolve(outcome);
          else reject(outcome);
        };
        waiters.add(waiter);
        void exited.then((code) => finish(new Error(`进程已退出（${String(code)}）：${stderr.slice(-800)}`)));
      }),
    send: (line) => {
      child.stdin?.write(`${line}\n`);
    },
    stderrTail: () => stderr,
  };
}

/** Kills without warning and waits until the process is gone. */
export async function killHard(child: Child): Promise<void> {
  child.process.kill('SIGKILL');
  await child.exited;
}
