import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { keyPragmas, type Db } from './connection';

// Checkpoints off the call path (issue 16). SQLite copies the WAL back into the database in whichever commit
// crosses wal_autocheckpoint (1,000 pages): that commit — a clerk's check — pays for writing the pages and
// fsyncing the database file, about one check in seventy, which was the p99 of check:run. Here a worker thread
// with its own connection runs PASSIVE checkpoints once that many frames wait: it never waits for a reader or a
// writer and never blocks one, and the next commit after a complete one starts the WAL over from its beginning.
// Durability is unchanged: every commit is still fsynced in the WAL (synchronous = FULL) before the call
// returns, and the checkpoint thread syncs the WAL before and the database after it copies (synchronous = FULL
// on its connection too), exactly as SQLite's own checkpoint does.

/** How often the thread looks for frames to copy; a look with nothing to copy costs microseconds. */
const INTERVAL_MS = 200;
/**
 * A round copies once this many frames wait, as often as SQLite's own autocheckpoint did. Not at every round: after
 * a complete checkpoint the next commit starts the WAL over and syncs its new header too — two fsyncs for that
 * clerk — so starting over stays as rare as it was; the copying and the database's fsync leave the calls.
 */
const MIN_FRAMES = 1000;
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
// if asked, else checkpoint if enough frames wait or one is asked for. `state`: [0] nudges, [1] stop flag, [2] rounds
// done, [3] closed, [4] a checkpoint asked for.
const THREAD = `
const { workerData } = require('node:worker_threads');
const { openSync, readSync, closeSync } = require('node:fs');
const { endianness } = require('node:os');
const { file, module, nativeBinding, pragmas, state, intervalMs, minFrames } = workerData;
const index = Buffer.alloc(100);
const read = endianness() === 'LE' ? (offset) => index.readUInt32LE(offset) : (offset) => index.readUInt32BE(offset);
let shm = null;
// Frames of the WAL not yet copied: mxFrame (offset 16 of the wal-index header) less nBackfill (offset 96, the
// checkpoint info), as SQLite's shared-memory file holds them in native byte order (sqlite.org/walformat.html).
// Read without a lock, so at worst stale by a commit: it only decides whether a round copies.
const backlog = () => {
  try {
    if (shm === null) shm = openSync(file + '-shm', 'r');
    if (readSync(shm, index, 0, 100, 0) < 100) return minFrames;
    return read(16) - read(96);
  } catch {
    return minFrames;
  }
};
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
      if (Atomics.exchange(state, 4, 0) === 1 || backlog() >= minFrames) db.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // Busy (another connection is checkpointing) or a transient error: the next round tries again.
    }
    Atomics.add(state, 2, 1);
    Atomics.notify(state, 2);
  }
} finally {
  if (shm !== null) closeSync(shm);
  if (db !== null) db.close();
  Atomics.store(state, 3, 1);
  Atomics.notify(state, 3);
}
`;

export type Checkpoints = {
  /**
   * Waits until a round has run after this call; `force` (default): that round checkpoints whatever waits, else
   * it copies only when MIN_FRAMES wait, as a round on its own does. False when no round ran in `timeoutMs`.
   */
  settle: (options?: { force?: boolean; timeoutMs?: number }) => boolean;
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
  const state = new Int32Array(new SharedArrayBuffer(20));
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
      minFrames: MIN_FRAMES,
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
    settle: ({ force = true, timeoutMs = 10_000 } = {}) => {
      // A round already under way may have started before the request: wait for the one after it.
      const target = Atomics.load(state, 2) + 2;
      const deadline = Date.now() + timeoutMs;
      if (force) Atomics.store(state, 4, 1);
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
