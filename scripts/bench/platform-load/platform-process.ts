import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** How the bench runs the platform's CLI bundle: its data dir, resources and engine arguments. */
export type PlatformCommand = { cli: string; env: NodeJS.ProcessEnv; engineArgs: readonly string[] };

export type CliResult = { code: number | null; stdout: string; stderr: string; firstOutputAt: number | null };

/** Runs one CLI command to its end; `firstOutputAt` is when its first stdout bytes arrived (Date.now()). */
export function runCli(command: PlatformCommand, args: readonly string[]): Promise<CliResult> {
  const child = spawn(process.execPath, [command.cli, ...command.engineArgs, ...args], {
    env: command.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let firstOutputAt: number | null = null;
  child.stdout.on('data', (chunk: Buffer) => {
    firstOutputAt ??= Date.now();
    stdout += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('close', (code) => done({ code, stdout, stderr, firstOutputAt }));
  });
}

/** CPU ticks (user + system) and the resident set of a process, from /proc (Linux). */
type ProcSample = { ticks: number; rssBytes: number; peakRssBytes: number };

const CLOCK_TICKS = 100;

function sampleProc(pid: number): ProcSample | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces), counted from field 3 (state).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string): number =>
      Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { ticks, rssBytes: kb('VmRSS') * 1024, peakRssBytes: kb('VmHWM') * 1024 };
  } catch {
    return null;
  }
}

export type ProcessUsage = {
  pid: number;
  url: string;
  peakRssMb: number;
  /** Mean CPU over the measured window, % of one core. */
  cpuPercent: number;
  /** The busiest second of the window, % of one core. */
  peakCpuPercent: number;
};

export type RunningPlatformProcess = {
  url: string;
  pid: number;
  /** Starts the measured window of CPU and RSS. */
  startMeasuring: () => void;
  usage: () => ProcessUsage;
  stop: () => Promise<void>;
  /** The end of what the process wrote (its request log at level warn and above, stderr). */
  output: () => string;
};

/** Serves the platform in a process of its own; resolves once it printed PLATFORM_URL. */
export async function startPlatformProcess(command: PlatformCommand): Promise<RunningPlatformProcess> {
  const child: ChildProcess = spawn(process.execPath, [command.cli, ...command.engineArgs], {
    env: { ...command.env, PLATFORM_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer): void => void (output = (output + chunk.toString('utf8')).slice(-50_000));
  child.stderr?.on('data', keep);
  child.stdout?.on('data', keep);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = await new Promise<string>((resolveUrl, reject) => {
    child.stdout?.on('data', () => {
      const line = /^PLATFORM_URL=(\S+)$/m.exec(output);
      if (line?.[1] !== undefined) resolveUrl(line[1]);
    });
    child.once('exit', (code) => reject(new Error(`市平台进程启动失败（退出码 ${code}）：${output.trim()}`)));
  });
  const pid = child.pid ?? 0;
  let window: { at: number; ticks: number } | null = null;
  let last: { at: number; ticks: number } | null = null;
  let peakCpu = 0;
  let peakRss = 0;
  const timer = setInterval(() => {
    const sample = sampleProc(pid);
    if (sample === null) return;
    peakRss = Math.max(peakRss, sample.peakRssBytes, sample.rssBytes);
    const now = Date.now();
    if (window !== null && last !== null && now > last.at)
      peakCpu = Math.max(
        peakCpu,
        ((sample.ticks - last.ticks) / CLOCK_TICKS / ((now - last.at) / 1000)) * 100,
      );
    last = { at: now, ticks: sample.ticks };
  }, 1_000);
  timer.unref();
  return {
    url,
    pid,
    startMeasuring: () => {
      const sample = sampleProc(pid);
      window = { at: Date.now(), ticks: sample?.ticks ?? 0 };
      peakCpu = 0;
    },
    usage: () => {
      const sample = sampleProc(pid);
      if (sample !== null) peakRss = Math.max(peakRss, sample.peakRssBytes);
      const seconds = window === null ? 0 : (Date.now() - window.at) / 1000;
      const cpuSeconds = window === null || sample === null ? 0 : (sample.ticks - window.ticks) / CLOCK_TICKS;
      return {
        pid,
        url,
        peakRssMb: Math.round(peakRss / 1e6),
        cpuPercent: seconds > 0 ? Math.round((cpuSeconds / seconds) * 100) : 0,
        peakCpuPercent: Math.round(peakCpu),
      };
    },
    stop: async () => {
      clearInterval(timer);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
    output: () => output,
  };
}
