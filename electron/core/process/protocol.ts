import { z } from 'zod';
import { CACHE_KEY_PATTERN } from '../../../shared/cache-key';
import { AppEvent } from '../../../shared/contract/events';
import type { ErrorCode } from '../../../shared/result';

// The messages between the Electron main process and the core process, declared once; each end validates what it
// receives. Two pipes, each with one job:
// - the core process's parentPort carries its lifecycle: `start` (with the contract's port as its one transferred
//   port), then `started` or `start-failed`; `stop` ends it (the process exits; main watches the exit);
// - the MessagePort carries the contract: `request` {id, channel, payload} one way, `response` {id, result} and
//   `event` the other.
// Checklist: a message added here is sent by one side and handled by the other — core-process-server.ts in the core,
// core-process.ts in electron/main.

/** What main tells the core at start: the paths and the cache key only main knows. Which platform to use, the core reads from its
 * own environment (platform-env.ts), as the browser host does. */
export const CoreStartOptions = z.object({
  dataDir: z.string().min(1),
  resourcesDir: z.string().min(1),
  version: z.string(),
  /** better-sqlite3 built for Electron's ABI in a checkout; null: the package's own (a packaged app). */
  nativeBinding: z.string().nullable(),
  /** dist/sync/sync-worker.cjs; null runs the bulk sync inline. */
  syncWorkerScript: z.string().nullable(),
  /** The cache's SQLCipher key (64 hex digits), kept by main under safeStorage (electron/main/cache-key.ts). It
   * travels only on this process's own parentPort and is never logged. */
  cacheKey: z.string().regex(CACHE_KEY_PATTERN),
});
export type CoreStartOptions = z.infer<typeof CoreStartOptions>;

/** main → core process, on its parentPort. */
export const ToCoreProcess = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start'), options: CoreStartOptions }),
  z.object({ type: z.literal('stop') }),
]);
export type ToCoreProcess = z.infer<typeof ToCoreProcess>;

const errorCode = z.custom<ErrorCode>((value) => typeof value === 'string' && value.length > 0);
const AppErrorShape = z.object({ code: errorCode, message: z.string(), details: z.unknown().optional() });

/** core process → main, on its parentPort. */
export const FromCoreProcess = z.discriminatedUnion('type', [
  z.object({ type: z.literal('started') }),
  z.object({ type: z.literal('start-failed'), error: AppErrorShape }),
]);
export type FromCoreProcess = z.infer<typeof FromCoreProcess>;

/** main → core, on the contract port: one call of a contract channel, as the renderer sent it (unvalidated: the
 * core's dispatch validates it, exactly as for the browser host). */
export const CoreRequest = z.object({
  type: z.literal('request'),
  id: z.number().int().nonnegative(),
  channel: z.string(),
  payload: z.unknown(),
});
export type CoreRequest = z.infer<typeof CoreRequest>;

/** A Result as it crosses the port: its envelope is checked here; its value was checked against the contract by
 * the core's dispatch, and is not parsed again on the main thread. */
const ResultShape = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: AppErrorShape }),
]);

/** core → main, on the contract port: the answer to a request, or a core event for the renderer. */
export const CoreReply = z.discriminatedUnion('type', [
  z.object({ type: z.literal('response'), id: z.number().int().nonnegative(), result: ResultShape }),
  z.object({ type: z.literal('event'), event: AppEvent }),
]);
export type CoreReply = z.infer<typeof CoreReply>;
