import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type SyncJob } from './sync-job';

// Entry of the sync worker (bundled to dist/sync/sync-worker.cjs). In a worker thread it takes its job from
// workerData and reports to the host; run as a plain process (the job's JSON in CCW_SYNC_JOB — not on the command
// line, which every account on the PC can read, as the job holds the cache key) it prints its messages as JSON
// lines — the crash tests kill it in the middle of a pull that way.
if (parentPort !== null) {
  const port = parentPort;
  void runJob(workerData as SyncJob, (message) => port.postMessage(message));
} else {
  const job = JSON.parse(process.env.CCW_SYNC_JOB ?? '{}') as SyncJob;
  void runJob(job, (message) => console.log(JSON.stringify(message)));
}
