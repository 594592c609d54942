import type { ForkOptions, MessageChannelMain, UtilityProcess } from 'electron';
import type { Channel } from '../../shared/contract/channels';
import type { AppEvent } from '../../shared/contract/events';
import { err, ok, type Result } from '../../shared/result';
import {
  CoreReply,
  FromCoreProcess,
  type CoreRequest,
  type CoreStartOptions,
  type ToCoreProcess,
} from '../core/process/protocol';

/** One call of a contract channel in the core: validated, role-guarded and answered there by its dispatch. */
export type CoreCall = (channel: Channel, payload: unknown) => Promise<Result<unknown>>;

export type CoreTiming = {
  /** How long the core may take to open its cache (migrations, first seed, enrolment named by the environment). */
  startMs: number;
  /** How long a call may take before its caller gets CORE_TIMEOUT. */
  requestMs: number;
  /** Longer limits for the channels that wait for the platform by design: a first sync of a city takes minutes
   * (README, sync benchmark), and its progress reaches the window as events meanwhile. */
  slowChannels: Partial<Record<Channel, number>>;
  /** How long a stop may take (the database closed) before the process is killed. */
  stopMs: number;
};

export const DEFAULT_TIMING: CoreTiming = {
  startMs: 120_000,
  requestMs: 60_000,
  slowChannels: { 'sync:run': 30 * 60_000 },
  stopMs: 5_000,
};

export type CoreProcessDeps = {
  /** utilityProcess.fork */
  fork: (modulePath: string, args: string[], options: ForkOptions) => UtilityProcess;
  /** new MessageChannelMain() */
  createChannel: () => MessageChannelMain;
  /** dist/electron/core-process.cjs */
  modulePath: string;
  options: CoreStartOptions;
  /** The environment of the process (default: main's own), where the core reads which platform to use. */
  env?: NodeJS.ProcessEnv;
  log: (message: string, error?: unknown) => void;
  timing?: Partial<CoreTiming>;
};

/** The core as main holds it: no database, only a port and a process. */
export type CoreProcess = {
  call: CoreCall;
  onEvent: (listener: (event: AppEvent) => void) => void;
  /** Called once if the process ends without having been asked to (a crash, a kill from outside). */
  onExit: (listener: (code: number) => void) => void;
  /** Asks the core to close its database and exit; kills it if it does not within the stop time. */
  stop: () => Promise<void>;
};

const unavailable = (): Result<never> =>
  err('CORE_UNAVAILABLE', '核心服务已停止，无法处理请求。请重新启动信用核查工作台。');

/**
 * Starts the core in an Electron utility process and waits for it to open. The contract travels over a
 * MessageChannelMain: port2 goes to the core with the start message, port1 stays here. Every call gets an answer
 * — the core's Result, CORE_TIMEOUT when it takes too long, CORE_UNAVAILABLE once the process is gone — so a
 * renderer's invoke never hangs. The answer is resolved on a promise; nothing here waits on the core.
 */
export function startCoreProcess(deps: CoreProcessDeps): Promise<Result<CoreProcess>> {
  const timing = { ...DEFAULT_TIMING, ...deps.timing };
  const child = deps.fork(deps.modulePath, [], {
    serviceName: '信用核查工作台核心服务',
    ...(deps.env === undefined ? {} : { env: deps.env }),
  });
  const { port1: port, port2: corePort } = deps.createChannel();
  const pending = new Map<number, { resolve: (result: Result<unknown>) => void; timer: NodeJS.Timeout }>();
  const eventListeners: ((event: AppEvent) => void)[] = [];
  let exitListener: ((code: number) => void) | null = null;
  let nextId = 0;
  let state: 'starting' | 'running' | 'stopping' | 'gone' = 'starting';
  let onGone: () => void = () => undefined;
  const gone = new Promise<void>((resolve) => {
    onGone = resolve;
  });

  const settle = (id: number, result: Result<unknown>): void => {
    const waiting = pending.get(id);
    if (waiting === undefined) return;
    pending.delete(id);
    clearTimeout(waiting.timer);
    waiting.resolve(result);
  };

  port.on('message', (message) => {
    const reply = CoreReply.safeParse(message.data);
    if (!reply.success) {
      deps.log('core port: a message does not match the protocol', reply.error);
      return;
    }
    if (reply.data.type === 'event') {
      // A window torn down mid-send must not take main down with it.
      for (const listener of eventListeners) {
        try {
          listener(reply.data.event);
        } catch (error) {
          deps.log(`core port: the ${reply.data.event.type} event could not be delivered`, error);
        }
      }
      return;
    }
    if (!pending.has(reply.data.id)) {
      deps.log(`core port: an answer to request ${reply.data.id} came after its time was up`);
      return;
    }
    settle(reply.data.id, reply.data.result);
  });
  port.start();

  const call: CoreCall = (channel, payload) => {
    if (state !== 'running') return Promise.resolve(unavailable());
    const id = nextId++;
    const limit = timing.slowChannels[channel] ?? timing.requestMs;
    return new Promise((resolve) => {
      const timer = setTimeout(
        () =>
          settle(
            id,
            err(
              'CORE_TIMEOUT',
              `核心服务在 ${Math.round(limit / 1000)} 秒内未响应，请稍后重试；如仍出现请重新启动。`,
            ),
          ),
        limit,
      );
      pending.set(id, { resolve, timer });
      try {
        port.postMessage({ type: 'request', id, channel, payload } satisfies CoreRequest);
      } catch (error) {
        deps.log(`core port: ${channel} cannot be posted`, error);
        settle(id, err('BAD_REQUEST', '请求内容无法传递给核心服务'));
      }
    });
  };

  const stop = async (): Promise<void> => {
    if (state === 'gone') return;
    state = 'stopping';
    child.postMessage({ type: 'stop' } satisfies ToCoreProcess);
    const timer = setTimeout(() => child.kill(), timing.stopMs);
    await gone;
    clearTimeout(timer);
  };

  const api: CoreProcess = {
    call,
    onEvent: (listener) => {
      eventListeners.push(listener);
    },
    onExit: (listener) => {
      exitListener = listener;
    },
    stop,
  };

  return new Promise((resolve) => {
    let finished = false;
    // Declared before the timer it clears: nothing calls it until the timer exists.
    const finish = (result: Result<CoreProcess>): void => {
      if (finished) return;
      finished = true;
      clearTimeout(startTimer);
      resolve(result);
    };
    const startTimer = setTimeout(() => {
      deps.log('core process: no answer to start');
      state = 'stopping';
      child.kill();
      finish(err('CORE_TIMEOUT', '核心服务启动超时，请重新启动信用核查工作台。'));
    }, timing.startMs);

    child.on('message', (data: unknown) => {
      const message = FromCoreProcess.safeParse(data);
      if (!message.success) {
        deps.log('core process: a message does not match the protocol', message.error);
        return;
      }
      if (message.data.type === 'started') {
        if (state === 'starting') state = 'running';
        finish(ok(api));
        return;
      }
      // The core stays up after a failed start so its message arrives before its exit: end it now.
      state = 'stopping';
      child.kill();
      finish({ ok: false, error: message.data.error });
    });

    child.on('exit', (code) => {
      const was = state;
      state = 'gone';
      for (const id of [...pending.keys()]) settle(id, unavailable());
      port.close();
      onGone();
      if (was === 'starting') {
        finish(err('CORE_UNAVAILABLE', `核心服务启动时意外退出（退出码 ${code}），请重新安装或联系管理员。`));
      } else if (was === 'running') {
        deps.log(`core process: exited with code ${code}`);
        exitListener?.(code);
      }
    });

    child.postMessage({ type: 'start', options: deps.options } satisfies ToCoreProcess, [corePort]);
  });
}
