import type { PlatformTarget } from '../../../shared/domain/deployment';
import type { SyncPhase } from '../../../shared/domain/sync';
import { openDatabase } from '../../../node-shared/db/connection';
import { boundWal } from '../../../node-shared/db/checkpoints';
import { antiEntropy } from './anti-entropy';
import { createPlatformClient, PlatformRequestError } from './platform-client';
import { pull } from './pull';
import type { RetryPolicy } from './retry';

/** The bulk part of a sync — pull and verify — as a job that runs off the host's main thread. */
export type SyncJob = {
  dbFile: string;
  /** The cache's key (the worker gets it in workerData, never on a command line outside the tests). */
  cacheKey: string;
  nativeBinding?: string;
  /** The platform with its trust anchor, as plain data (it crosses into the worker). */
  target: PlatformTarget;
  token: string;
  pageSize: number;
  serverOffsetMs: number;
  verify: boolean;
  timeoutMs?: number;
  retry?: RetryPolicy;
};

export type JobMessage =
  | { type: 'progress'; phase: SyncPhase; done: number; total: number | null; ratePerSecond: number }
  | {
      type: 'done';
      pulled: number;
      flagged: number;
      cursor: number;
      latest: number;
      repairedTables: string[];
      /** Whether the checksums were compared (and found equal or repaired). */
      verified: boolean;
    }
  | { type: 'error'; code: string; message: string };

/**
 * Opens its own connection (WAL lets the host keep reading and writing meanwhile), pulls until caught up, then
 * compares checksums and repairs what differs. Reports through `post`; never throws.
 */
export async function runJob(job: SyncJob, post: (message: JobMessage) => void): Promise<void> {
  const db = openDatabase(job.dbFile, {
    key: job.cacheKey,
    ...(job.nativeBinding === undefined ? {} : { nativeBinding: job.nativeBinding }),
  });
  // The bulk pull grows the WAL far past its usual size: cut back when it next starts over (checkpoints.ts).
  boundWal(db);
  const client = createPlatformClient({
    target: job.target,
    token: job.token,
    timeoutMs: job.timeoutMs ?? 30_000,
  });
  const serverNow = (): Date => new Date(Date.now() + job.serverOffsetMs);
  try {
    const pulled = await pull(db, client, {
      pageSize: job.pageSize,
      serverNow,
      ...(job.retry === undefined ? {} : { retry: job.retry }),
      onProgress: (progress) =>
        post({
          type: 'progress',
          phase: 'pull',
          done: progress.applied,
          total: progress.applied + Math.max(0, progress.latest - progress.cursor),
          ratePerSecond: progress.ratePerSecond,
        }),
      onIndexing: () => post({ type: 'progress', phase: 'index', done: 0, total: null, ratePerSecond: 0 }),
    });
    let repairedTables: string[] = [];
    let verified = false;
    let repairFlags = 0;
    if (job.verify) {
      post({ type: 'progress', phase: 'verify', done: 0, total: null, ratePerSecond: 0 });
      const checked = await antiEntropy(db, client, {
        serverNow,
        ...(job.retry === undefined ? {} : { retry: job.retry }),
      });
      if (checked.outcome === 'checked') {
        repairedTables = checked.differing;
        verified = true;
        repairFlags = checked.flagged;
      }
    }
    post({
      type: 'done',
      pulled: pulled.applied,
      flagged: pulled.flagged + repairFlags,
      cursor: pulled.cursor,
      latest: pulled.latest,
      repairedTables,
      verified,
    });
  } catch (error) {
    post(
      error instanceof PlatformRequestError
        ? { type: 'error', code: error.code, message: error.message }
        : {
            type: 'error',
            code: 'SYNC_FAILED',
            message: `同步失败：${error instanceof Error ? error.message : String(error)}`,
          },
    );
  } finally {
    db.close();
  }
}
