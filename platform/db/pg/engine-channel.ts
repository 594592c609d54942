import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { EngineError } from './engine-errors';

/** Rows as pg hands them over: column names, then each row's values in that order. */
export type WireResult = { columns: string[]; rows: unknown[][]; rowCount: number };

export type WireRequest =
  | {
      op: 'connect';
      url: string;
      connectTimeoutMs: number;
      applicationName: string;
      settings: readonly string[];
    }
  | { op: 'query'; sql: string; params: readonly unknown[] }
  | { op: 'exec'; sql: string }
  | { op: 'declare'; sql: string; params: readonly unknown[] }
  | { op: 'fetch'; cursor: string; count: number }
  | { op: 'close' };

/** PostgreSQL's transaction status after the request: I idle, T in a transaction, E in a failed one. */
export type TxStatus = 'I' | 'T' | 'E';

type WireError = { message: string; code?: string; detail?: string; constraint?: string };
type Reply = { ok: true; value: unknown; tx: TxStatus } | { ok: false; error: WireError; tx: TxStatus };

/** How long one request may take before the caller gives up on the worker (a bulk load, a big migration). */
const REQUEST_TIMEOUT_MS = 30 * 60_000;

/**
 * engine-worker.mjs next to this file (the sources, under the tests) or next to the bundle (dist/platform/, where
 * scripts/build.mjs puts it).
 */
function workerScript(): string {
  const script = join(__dirname, 'engine-worker.mjs');
  if (!existsSync(script))
    throw new EngineError(
      'ENGINE_WORKER_MISSING',
      `找不到 PostgreSQL 连接的工作线程脚本（${script}），请重新构建`,
    );
  return script;
}

/** pg as this process resolves it (NODE_PATH included), for the worker, which may live where it cannot. */
function pgPath(): string | undefined {
  try {
    return createRequire(__filename).resolve('pg');
  } catch {
    return undefined;
  }
}

/**
 * One worker thread holding one pg connection, called synchronously: the request is posted, the caller's
 * thread sleeps in Atomics.wait until the worker flags its reply, then takes the reply off the port. One
 * request is in flight at a time, so replies cannot cross.
 */
export class EngineChannel {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly state = new Int32Array(new SharedArrayBuffer(4));
  /** PostgreSQL's transaction status as of the last reply. */
  tx: TxStatus = 'I';

  constructor() {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(workerScript(), {
      workerData: { port: port2, state: this.state, pgPath: pgPath() },
      transferList: [port2],
    });
    // Neither keeps the process alive: an open connection never holds up the end of a program.
    this.worker.unref();
    this.port.unref();
  }

  /** Sends one request and waits for its answer; a failure there is thrown here as an EngineError. */
  call(request: WireRequest): unknown {
    Atomics.store(this.state, 0, 0);
    this.port.postMessage(request);
    const deadline = Date.now() + REQUEST_TIMEOUT_MS;
    while (Atomics.load(this.state, 0) === 0) {
      const left = deadline - Date.now();
      if (left <= 0) throw new EngineError('ENGINE_TIMEOUT', 'PostgreSQL 连接的工作线程长时间没有应答');
      Atomics.wait(this.state, 0, 0, left);
    }
    const reply = receiveMessageOnPort(this.port)?.message as Reply | undefined;
    if (reply === undefined)
      throw new EngineError('ENGINE_NO_REPLY', 'PostgreSQL 连接的工作线程没有给出应答');
    this.tx = reply.tx;
    if (reply.ok) return reply.value;
    const { message, code, detail, constraint } = reply.error;
    throw new EngineError(code ?? 'ENGINE_FAILED', message, {
      ...(detail === undefined ? {} : { detail }),
      ...(constraint === undefined ? {} : { constraint }),
    });
  }

  /** Stops the worker (after the connection has been closed through call({ op: 'close' })). */
  terminate(): void {
    this.port.close();
    void this.worker.terminate();
  }
}
