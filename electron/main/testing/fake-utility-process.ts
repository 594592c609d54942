import { fork, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { constants } from 'node:os';
import type { ForkOptions, MessageChannelMain, UtilityProcess } from 'electron';
import { isFromChild, type ToChild } from './utility-process-wire';

/**
 * Stand-ins for Electron's MessageChannelMain and utilityProcess, part of the fake-electron harness. The fake
 * utility process is a real Node child process running the real (bundled) entry script behind a small shim
 * (utility-process-shim.ts) that gives it `process.parentPort`; a MessagePortMain moved into it keeps its other end
 * here, so every message between main and the core crosses a process boundary, cloned on the way. Typed on its
 * own terms and cast to Electron's types only at the boundary (`as…`), as in fake-electron.ts.
 */

export type FakeMessageEvent = { data: unknown; ports: FakeMessagePortMain[] };

/** One end of a MessageChannelMain: messages queue until start(); what it posts is recorded in `posted`. */
export class FakeMessagePortMain extends EventEmitter {
  readonly posted: unknown[] = [];
  private peer: FakeMessagePortMain | null = null;
  /** Set once this end was moved into a child: what reaches it goes there. */
  private relay: ((data: unknown) => void) | null = null;
  private started = false;
  private closed = false;
  private readonly queue: unknown[] = [];

  static pair(): [FakeMessagePortMain, FakeMessagePortMain] {
    const one = new FakeMessagePortMain();
    const other = new FakeMessagePortMain();
    one.peer = other;
    other.peer = one;
    return [one, other];
  }

  postMessage(data: unknown): void {
    if (this.closed) return;
    this.posted.push(data);
    this.peer?.receive(data);
  }

  start(): void {
    this.started = true;
    for (const data of this.queue.splice(0)) this.emit('message', { data, ports: [] });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.peer?.peerClosed();
    this.emit('close');
  }

  /** Moves this end into a child: what reaches it from here on is relayed there. */
  moveTo(relay: (data: unknown) => void): void {
    this.relay = relay;
    for (const data of this.queue.splice(0)) relay(data);
  }

  /** The child posted on this end. */
  postedByChild(data: unknown): void {
    this.peer?.receive(data);
  }

  private receive(data: unknown): void {
    if (this.closed) return;
    if (this.relay !== null) this.relay(data);
    else if (this.started) this.emit('message', { data, ports: [] });
    else this.queue.push(data);
  }

  peerClosed(): void {
    if (this.closed) return;
    this.closed = true;
    this.emit('close');
  }
}

/** `new MessageChannelMain()`. */
export class FakeMessageChannelMain {
  readonly port1: FakeMessagePortMain;
  readonly port2: FakeMessagePortMain;

  constructor() {
    [this.port1, this.port2] = FakeMessagePortMain.pair();
  }

  /** The fake already has MessageChannelMain's shape (its ports MessagePortMain's), so the compiler checks it. */
  asMessageChannelMain(): MessageChannelMain {
    return this;
  }
}

/** The exit code a shell would report for a child ended by a signal (128 + its number). */
const signalCode = (signal: NodeJS.Signals | null): number =>
  signal === null ? 1 : 128 + (constants.signals[signal] ?? 0);

/** `utilityProcess.fork(modulePath, args, options)`: a forked Node process running the shim, then the module. */
export class FakeUtilityProcess extends EventEmitter {
  readonly child: ChildProcess;
  /** What the process wrote to stdout and stderr, for a failing test to show. */
  output = '';
  exitCode: number | null = null;
  readonly exited: Promise<number>;
  private readonly ports = new Map<number, FakeMessagePortMain>();
  private nextPort = 0;

  constructor(
    shim: string,
    readonly modulePath: string,
    args: string[],
    readonly options: ForkOptions,
  ) {
    super();
    this.child = fork(shim, [modulePath, ...args], {
      // Electron's Env is a plain string record; Node's ProcessEnv type adds only an index signature.
      env: (options.env as NodeJS.ProcessEnv | undefined) ?? process.env,
      serialization: 'advanced',
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const collect = (chunk: Buffer): void => {
      this.output += chunk.toString('utf8');
    };
    this.child.stdout?.on('data', collect);
    this.child.stderr?.on('data', collect);
    this.child.on('spawn', () => this.emit('spawn'));
    this.child.on('message', (message: unknown) => {
      if (!isFromChild(message)) return;
      if (message.from === 'parent-port') this.emit('message', message.data);
      else if (message.from === 'port') this.ports.get(message.port)?.postedByChild(message.data);
      else this.ports.get(message.port)?.close();
    });
    this.exited = new Promise((resolve) => {
      this.child.on('exit', (code, signal) => {
        this.exitCode = code ?? signalCode(signal);
        // The ends moved into the child go with it, as Electron closes a port whose process died.
        for (const port of this.ports.values()) port.close();
        this.emit('exit', this.exitCode);
        resolve(this.exitCode);
      });
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  postMessage(message: unknown, transfer: FakeMessagePortMain[] = []): void {
    if (this.exitCode !== null || !this.child.connected) return;
    const ids = transfer.map((port) => {
      const id = this.nextPort++;
      this.ports.set(id, port);
      port.moveTo((data) => this.send({ to: 'port', port: id, data }));
      port.on('close', () => this.send({ to: 'port-close', port: id }));
      return id;
    });
    this.send({ to: 'parent-port', data: message, ports: ids });
  }

  kill(): boolean {
    return this.child.kill();
  }

  /** Freezes or thaws the process (SIGSTOP / SIGCONT): a core that hangs, deterministically. */
  pause(paused: boolean): void {
    this.child.kill(paused ? 'SIGSTOP' : 'SIGCONT');
  }

  private send(message: ToChild): void {
    // Like Electron's, a post to a process that is gone (or going) is dropped, not an error.
    if (this.exitCode !== null || !this.child.connected) return;
    this.child.send(message, (error) => {
      if (error !== null)
        this.output += `[fake utility process] a message was not delivered: ${error.message}\n`;
    });
  }

  asUtilityProcess(): UtilityProcess {
    return this as unknown as UtilityProcess;
  }
}

/** A `fork` and `createChannel` for startCoreProcess, and what they made. */
export function fakeUtilityProcesses(shim: string): {
  fork: (modulePath: string, args: string[], options: ForkOptions) => UtilityProcess;
  createChannel: () => MessageChannelMain;
  processes: FakeUtilityProcess[];
  channels: FakeMessageChannelMain[];
} {
  const processes: FakeUtilityProcess[] = [];
  const channels: FakeMessageChannelMain[] = [];
  return {
    fork: (modulePath, args, options) => {
      const created = new FakeUtilityProcess(shim, modulePath, args, options);
      processes.push(created);
      return created.asUtilityProcess();
    },
    createChannel: () => {
      const channel = new FakeMessageChannelMain();
      channels.push(channel);
      return channel.asMessageChannelMain();
    },
    processes,
    channels,
  };
}
