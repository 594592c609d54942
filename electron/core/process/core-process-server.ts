import { err, type AppError, type Result } from '../../../shared/result';
import { enrolFromEnv, platformFromEnv } from '../app/platform-env';
import { createCore, type Core, type CoreOptions } from '../core';
import { dispatch, type DispatchLog } from '../ipc/dispatch';
import {
  CoreRequest,
  ToCoreProcess,
  type CoreReply,
  type CoreStartOptions,
  type FromCoreProcess,
} from './protocol';

// The core's side of the core process: typed on its own terms (the core never imports Electron), by the few
// members of Electron's parentPort and MessagePortMain it uses.

/** A port of the contract (Electron's MessagePortMain): messages arrive as {data}, queued until start(). */
export type ContractPort = {
  on: (event: 'message', listener: (message: { data: unknown }) => void) => unknown;
  postMessage: (message: CoreReply) => void;
  start: () => void;
  close: () => void;
};

/** The utility process's `process.parentPort`: lifecycle messages from main, with transferred ports. */
export type ParentPort = {
  on: (event: 'message', listener: (message: { data: unknown; ports: ContractPort[] }) => void) => unknown;
  postMessage: (message: FromCoreProcess) => void;
};

export type CoreServerDeps = {
  /** The process's environment: which platform to use (platform-env.ts). */
  env: NodeJS.ProcessEnv;
  /** Ends the process (after `stop`, once the database is closed). */
  exit: (code: number) => void;
  log: DispatchLog;
  /** Tests may shorten timings; the process entry passes nothing. */
  coreOptions?: Partial<CoreOptions>;
};

const failure = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Creates the core as main asked, with the platform the environment names, and enrols there if told to. */
async function open(options: CoreStartOptions, deps: CoreServerDeps): Promise<Result<Core>> {
  const configured = platformFromEnv(deps.env);
  if (!configured.ok) return configured;
  const platform = configured.value;
  let created: Result<Core>;
  try {
    created = createCore({
      dataDir: options.dataDir,
      cacheKey: options.cacheKey,
      resourcesDir: options.resourcesDir,
      host: 'electron',
      version: options.version,
      ...(options.nativeBinding === null ? {} : { nativeBinding: options.nativeBinding }),
      platform: platform.platform,
      demoPlatform: platform.demoPlatform,
      withDemo: platform.withDemo,
      training: platform.training,
      deployment: platform.deployment,
      syncWorkerScript: options.syncWorkerScript,
      ...deps.coreOptions,
    });
  } catch (error) {
    created = err('INTERNAL', `核心服务启动失败：${failure(error)}`);
  }
  if (!created.ok) return created;
  try {
    await enrolFromEnv(created.value.sync, platform);
  } catch (error) {
    created.value.close();
    return err('SYNC_ENROL_FAILED', `无法在市平台登记本机：${failure(error)}`);
  }
  return created;
}

/**
 * Serves the contract in the core process: on `start` it opens the core and answers every request on the port
 * through the same dispatch (validation, role guard, response check) the browser host uses, and posts the core's
 * events on the same port; on `stop` it closes the database and exits. A message that does not fit the protocol
 * is logged and dropped: nothing a sender puts on a port can throw here.
 */
export function serveCore(parent: ParentPort, deps: CoreServerDeps): void {
  let state: 'idle' | 'starting' | 'running' = 'idle';
  let stopAfterStart = false;
  let running: { core: Core; port: ContractPort; unsubscribe: () => void } | null = null;

  const fail = (error: AppError): void => parent.postMessage({ type: 'start-failed', error });

  const answer = async (port: ContractPort, core: Core, data: unknown): Promise<void> => {
    const request = CoreRequest.safeParse(data);
    if (!request.success) {
      deps.log('core process: a request does not match the protocol', request.error);
      return;
    }
    const { id, channel, payload } = request.data;
    const result = await dispatch(core.handlers, channel, payload, deps.log);
    try {
      port.postMessage({ type: 'response', id, result });
    } catch (error) {
      // A value the port cannot clone: the caller still gets an answer.
      deps.log(`core process: the answer to ${channel} cannot be posted`, error);
      port.postMessage({ type: 'response', id, result: err('INTERNAL', '系统内部错误：返回数据无法传递') });
    }
  };

  const start = async (options: CoreStartOptions, port: ContractPort | undefined): Promise<void> => {
    if (state !== 'idle') {
      deps.log('core process: started twice; the second start is ignored');
      return;
    }
    if (port === undefined) {
      fail({ code: 'INTERNAL', message: '核心服务启动失败：未收到通信端口' });
      return;
    }
    state = 'starting';
    const opened = await open(options, deps);
    if (stopAfterStart) {
      // Main quit while the core was still enrolling: close what was opened and go.
      if (opened.ok) opened.value.close();
      deps.exit(0);
      return;
    }
    if (!opened.ok) {
      state = 'idle';
      fail(opened.error);
      return;
    }
    const core = opened.value;
    port.on('message', (message) => void answer(port, core, message.data));
    const unsubscribe = core.events.subscribe((event) => port.postMessage({ type: 'event', event }));
    running = { core, port, unsubscribe };
    state = 'running';
    port.start();
    parent.postMessage({ type: 'started' });
  };

  const stop = (): void => {
    if (state === 'starting') {
      stopAfterStart = true;
      return;
    }
    if (running !== null) {
      running.unsubscribe();
      running.core.close();
      running.port.close();
      running = null;
    }
    deps.exit(0);
  };

  parent.on('message', (message) => {
    const parsed = ToCoreProcess.safeParse(message.data);
    if (!parsed.success) {
      deps.log('core process: a message from main does not match the protocol', parsed.error);
      return;
    }
    if (parsed.data.type === 'start') void start(parsed.data.options, message.ports[0]);
    else stop();
  });
}
