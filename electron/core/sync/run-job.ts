import { Worker } from 'node:worker_threads';
import { runJob, type JobMessage, type SyncJob } from './sync-job';

type Finished = Extract<JobMessage, { type: 'done' | 'error' }>;

/**
 * Half V8's default young generation (48 MB) for the worker: a page of the feed lives only until it is applied,
 * and at scale 1 the initial sync ran as fast with 24 MB while its peak RSS fell by about 20 MB (bench:sync: 306
 * → 286 MB; 8 MB cost a sixth of the speed).
 */
const SYNC_WORKER_LIMITS = { maxYoungGenerationSizeMb: 24 };

/**
 * Runs a sync job in a worker thread when the host has the worker bundle (so bulk apply never blocks the
 * Electron main thread or the browser host's event loop), or inline when it has not (unit tests).
 */
export function runSyncJob(
  job: SyncJob,
  workerScript: string | null,
  onProgress: (message: Extract<JobMessage, { type: 'progress' }>) => void,
): Promise<Finished> {
  return new Promise((resolve) => {
    let finished: Finished | null = null;
    const receive = (message: JobMessage): void => {
      if (message.type === 'progress') onProgress(message);
      else finished = message;
    };
    if (workerScript === null) {
      void runJob(job, receive).then(() =>
        resolve(finished ?? { type: 'error', code: 'SYNC_FAILED', message: '同步未完成' }),
      );
      return;
    }
    const worker = new Worker(workerScript, { workerData: job, resourceLimits: SYNC_WORKER_LIMITS });
    worker.on('message', receive);
    worker.on('error', (error) => {
      finished = { type: 'error', code: 'SYNC_WORKER_FAILED', message: `同步进程出错：${error.message}` };
    });
    worker.on('exit', () =>
      resolve(finished ?? { type: 'error', code: 'SYNC_WORKER_FAILED', message: '同步进程意外退出' }),
    );
  });
}
