import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { keyPragmas, type Db } from './connection';

// Checkpoints off the call path (issue 16). SQLite copies the WAL back into the database in whichever commit
// crosses wal_autocheckpoint (1,000 pages): that commit — a clerk's check — pays for writing the pages and
// fsyncing the database file, about one check in fifty, which was the p99 of check:run. Here a worker thread
// with its own connection runs PASSIVE checkpoints a few times a second: it never waits for a reader or a writer
// and never blocks one, and the next commit after a complete one starts the WAL over from its beginning.
// Durability is unchanged: every commit is still fsynced in the WAL (synchronous = FULL) before the call
// returns, and the checkpoint thread syncs the WAL before and the database after it copies (synchronous = FULL
// on its connection too), exactly as SQLite's own checkpoint does.

/** How often the thread looks for frames to copy; a look with nothing to copy costs microseconds. */
const INTERVAL_MS = 200;
/**
 * The writer still checkpoints by itself past this many pages (~32 MB): the bound on the WAL when the thread is
 * gone, failed to open, or cannot keep up — never reached while it runs.
 */
export const BACKSTOP_PAGES = 8192;
/**
 * A WAL larger than this (after a bulk pull) is cut back to it when it next starts over; below it the file is
 * reused as it is, so a commit does not change the file's size (which would make its fsync write metadata too).
 */
export const WAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024;

/** The pragmas every connection that writes the cache takes: the WAL stays bounded in size and is reused. */
export function boundWal(db: Db): void {
  db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`);
}

// Plain JavaScript run in the thread (eval): no bundle of its own to ship beside each host's. It opens the file
// as the writer did (key pragmas from connection.ts), then loops: wait up to INTERVAL_MS or for a nudge, stop
// if asked, else checkpoint. `state`: [0] nudges, [1] stop flag, [2] rounds done, [3] closed.
const THREAD = `
const { workerData } = require('node:worker_threads');
const { file, module, nativeBinding, pragmas, state, intervalMs } = workerData;
let db = null;
try {
  const Database = require(module);
  db = new Database(file, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  for (const setting of pragmas) db.pragma(setting);
  db.pragma('synchronous = FULL');
  let seen = Atomics.load(state, 0);
  while (Atomics.load(state, 1) !== 1) {
    Atomics.wait(state, 0, seen, intervalMs);
    seen = Atomics.load(state, 0);
    if (Atomics.load(state, 1) === 1) break;
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // Busy (another connection is checkpointing) or a transient error: the next round tries again.
    }
    Atomics.add(state, 2, 1);
    Atomics.notify(state, 2);
  }
} finally {
  if (db !== null) db.close();
  Atomics.store(state, 3, 1);
  Atomics.notify(state, 3);
}
`;

export type Checkpoints = {
  /** Asks for a round now and waits until one has run after the request; false when none did in `timeoutMs`. */
  settle: (timeoutMs?: number) => boolean;
  /** Ends the thread and waits (a bounded time) until its connection is closed. */
  stop: () => void;
};

export type CheckpointOptions = { file: string; key?: string; nativeBinding?: string };

/**
 * Takes checkpoints off `db` (the core's connection, the only one the calls write through) and starts the thread
 * that runs them. Should the thread fail, the writer checkpoints again by itself past BACKSTOP_PAGES.
 */
export function startCheckpoints(db: Db, options: CheckpointOptions): Checkpoints {
  boundWal(db);
  db.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
  const state = new Int32Array(new SharedArrayBuffer(16));
  const worker = new Worker(THREAD, {
    eval: true,
    workerData: {
      file: options.file,
      // better-sqlite3 as this process resolves it: the eval'd thread has no module folder of its own.
      module: createRequire(__filename).resolve('better-sqlite3'),
      nativeBinding: options.nativeBinding ?? null,
      pragmas: options.key === undefined ? [] : keyPragmas(options.key),
      state,
      intervalMs: INTERVAL_MS,
    },
  });
  // Failing to open leaves the backstop in charge; the thread never keeps the process alive.
  worker.on('error', () => undefined);
  worker.unref();
  const nudge = (): void => {
    Atomics.add(state, 0, 1);
    Atomics.notify(state, 0);
  };
  return {
    settle: (timeoutMs = 10_000) => {
      // A round already under way may have started before the request: wait for the one after it.
      const target = Atomics.load(state, 2) + 2;
      const deadline = Date.now() + timeoutMs;
      nudge();
      for (;;) {
        const done = Atomics.load(state, 2);
        if (done >= target) return true;
        if (Atomics.load(state, 3) === 1 || Date.now() >= deadline) return false;
        Atomics.wait(state, 2, done, Math.max(1, deadline - Date.now()));
      }
    },
    stop: () => {
      Atomics.store(state, 1, 1);
      nudge();
      Atomics.wait(state, 3, 0, 5_000);
    },
  };
}
