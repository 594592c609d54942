import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type SyncJob } from './sync-job';

// Entry of the sync worker (bundled to dist/sync/sync-worker.cjs). In a worker thread it takes its job from
// workerData and reports to the host; run as a plain process (`node sync-worker.cjs '<job json>'`) it prints
// its messages as JSON lines — the crash tests kill it in the middle of a pull that way.
if (parentPort !== null) {
  const port = parentPort;
  void runJob(workerData as SyncJob, (message) => port.postMessage(message));
} else {
  const job = JSON.parse(process.argv[2] ?? '{}') as SyncJob;
  void runJob(job, (message) => console.log(JSON.stringify(message)));
}
