import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  linkSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { applyKey, hasPlaintextHeader, openDatabase, type Db } from '../../../node-shared/db/connection';

// A cache written by a version before encryption is plain SQLite. It is encrypted once, on the first start of an
// encrypting version, without ever putting the only copy at risk:
//   1. the plain cache is checkpointed and left in rollback-journal mode, so the one file holds everything;
//   2. it is copied to <cache>.encrypting and the copy is encrypted in place (PRAGMA rekey);
//   3. the copy is opened with the key and checked: integrity_check ok, every table's row count equal;
//   4. the plain file gets a second name, <cache>.plaintext (a hard link), and the copy is renamed over the cache
//      — one atomic rename: the cache is the plain file or the verified encrypted one, never anything between;
//   5. the plain file's bytes are overwritten with zeros and <cache>.plaintext removed.
// Interrupted anywhere, the next start sees a plain cache (steps 1–4: leftovers removed, started again) or an
// encrypted one (step 5: the plain copy wiped then).

export type EncryptStep = 'checkpointed' | 'copied' | 'encrypted' | 'verified' | 'linked' | 'swapped';

export type CacheFileState = 'missing' | 'plaintext' | 'encrypted';

export type PrepareOptions = {
  nativeBinding?: string;
  /** Called after each step; the tests throw from it to stop the migration there. */
  afterStep?: (step: EncryptStep) => void;
};

export const encryptingName = (file: string): string => `${file}.encrypting`;
export const plaintextName = (file: string): string => `${file}.plaintext`;

/** What a cache file holds, judged by its first bytes. An empty file is a cache that was never written. */
export function cacheFileState(file: string): CacheFileState {
  if (!existsSync(file) || statSync(file).size === 0) return 'missing';
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(16);
    readSync(fd, header, 0, header.length, 0);
    return hasPlaintextHeader(header) ? 'plaintext' : 'encrypted';
  } finally {
    closeSync(fd);
  }
}

const withBinding = (options: PrepareOptions): { nativeBinding?: string } =>
  options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding };

const removeWithCompanions = (file: string): void => {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
};

const fsyncPath = (path: string, flags: 'r' | 'r+'): void => {
  try {
    const fd = openSync(path, flags);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot open a directory for fsync; NTFS journals the rename itself.
  }
};

/** Overwrites a file's bytes with zeros (fsynced) before removing it, so the plain cache does not stay on disk
 * as a deleted file's blocks (as far as the file system writes in place; an SSD may keep old blocks). */
function wipe(file: string): void {
  const size = statSync(file).size;
  const fd = openSync(file, 'r+');
  try {
    const zeros = Buffer.alloc(Math.min(size, 1 << 20));
    for (let at = 0; at < size;) at += writeSync(fd, zeros, 0, Math.min(zeros.length, size - at), at);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  rmSync(file, { force: true });
}

/** Row counts of every ordinary table (virtual tables are counted through their shadow tables). */
function rowCounts(db: Db): Map<string, number> {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  return new Map(
    tables.map((name) => [
      name,
      db
        .prepare(`SELECT count(*) FROM "${name.replaceAll('"', '""')}"`)
        .pluck()
        .get() as number,
    ]),
  );
}

function checkpointed(file: string, options: PrepareOptions): Map<string, number> {
  // Opening it replays a WAL a crash left; leaving WAL mode folds everything into the one file.
  const db = openDatabase(file, withBinding(options));
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
    return rowCounts(db);
  } finally {
    db.close();
  }
}

function encryptCopy(copy: string, key: string, options: PrepareOptions): void {
  const db = openDatabase(copy, withBinding(options));
  try {
    // PRAGMA rekey cannot run in WAL mode; the copy came in rollback-journal mode and stays so until keyed.
    db.pragma('journal_mode = DELETE');
    applyKey(db, key, 'rekey');
  } finally {
    db.close();
  }
}

function verifyCopy(copy: string, key: string, expected: Map<string, number>, options: PrepareOptions): void {
  if (cacheFileState(copy) !== 'encrypted') throw new Error('the encrypted copy still has a plain header');
  const db = openDatabase(copy, { ...withBinding(options), key });
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`the encrypted copy fails integrity_check: ${String(integrity)}`);
    const actual = rowCounts(db);
    for (const [table, count] of expected)
      if (actual.get(table) !== count)
        throw new Error(`table ${table}: ${count} rows in the plain cache, ${actual.get(table)} encrypted`);
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/**
 * Brings the cache file to the encrypted state before it is opened: finishes or restarts an interrupted
 * migration, encrypts a plain cache, wipes a plain copy left behind. Returns what it found. Throws on a failure:
 * the plain cache is then still where it was.
 */
export function prepareCacheFile(
  file: string,
  key: string,
  options: PrepareOptions = {},
): 'new' | 'encrypted' | 'migrated' {
  const copy = encryptingName(file);
  const plain = plaintextName(file);
  let state = cacheFileState(file);
  if (state === 'missing' && existsSync(plain)) {
    // The cache gone but its plain second name kept (never left so by the steps above; restored all the same).
    renameSync(plain, file);
    state = cacheFileState(file);
  }
  if (state !== 'plaintext') {
    removeWithCompanions(copy);
    if (state === 'encrypted' && existsSync(plain)) wipe(plain);
    return state === 'missing' ? 'new' : 'encrypted';
  }
  // A plain cache: whatever an interrupted attempt left is discarded (the plain second name is the cache itself,
  // a link to the same bytes, so it is only unlinked).
  removeWithCompanions(copy);
  rmSync(plain, { force: true });
  const step = (name: EncryptStep): void => options.afterStep?.(name);

  const counts = checkpointed(file, options);
  step('checkpointed');
  copyFileSync(file, copy);
  fsyncPath(copy, 'r+');
  step('copied');
  encryptCopy(copy, key, options);
  step('encrypted');
  verifyCopy(copy, key, counts, options);
  fsyncPath(copy, 'r+');
  step('verified');
  // Companions of the plain file would be read as the encrypted file's: there are none after step 1.
  if (existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0)
    throw new Error('the plain cache still has a write-ahead log');
  rmSync(`${file}-wal`, { force: true });
  rmSync(`${file}-shm`, { force: true });
  let linked = true;
  try {
    linkSync(file, plain);
  } catch {
    // A file system without hard links (FAT): the swap stays atomic, only the wipe is given up.
    linked = false;
  }
  step('linked');
  renameSync(copy, file);
  fsyncPath(dirname(file), 'r');
  step('swapped');
  if (linked) wipe(plain);
  return 'migrated';
}
