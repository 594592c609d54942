import Database from 'better-sqlite3';
import { isCacheKey } from '../../shared/cache-key';

// `better-sqlite3` is an npm alias of better-sqlite3-multiple-ciphers (package.json): the same API, built with
// SQLite3 Multiple Ciphers, so one package serves the encrypted client cache and the platform's plain database.

export type Db = Database.Database;

export type OpenOptions = {
  /** Path of a better-sqlite3 build for another ABI (the Electron runtime); Node's own build otherwise. */
  nativeBinding?: string;
  readonly?: boolean;
  /** The cache key (cache-key.ts): the file is SQLCipher-encrypted with it. Absent: a plain SQLite file. */
  key?: string;
};

/** What every plain SQLite file starts with; an encrypted one starts with random bytes (SQLCipher's salt). */
const PLAINTEXT_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export const hasPlaintextHeader = (firstBytes: Buffer): boolean =>
  firstBytes.subarray(0, PLAINTEXT_HEADER.length).equals(PLAINTEXT_HEADER);

/**
 * Sets SQLCipher (version 4 format: AES-256, HMAC-SHA512 per page) with a raw 256-bit key on a connection just
 * opened, before anything reads the file. The key is random, so SQLCipher's passphrase derivation is skipped
 * (`x'…'`). A wrong key, or a plain file, fails here (SQLITE_NOTADB), not at some later query.
 */
export function applyKey(db: Db, key: string, pragma: 'key' | 'rekey' = 'key'): void {
  for (const setting of keyPragmas(key, pragma)) db.pragma(setting);
  db.prepare('SELECT count(*) FROM sqlite_schema').get();
}

/** The pragmas applyKey runs, in order; also handed to the checkpoint thread (checkpoints.ts), which keys its own. */
export function keyPragmas(key: string, pragma: 'key' | 'rekey' = 'key'): string[] {
  // The key only ever goes into this one statement, checked to be hex: nothing else can be spliced into it.
  if (!isCacheKey(key)) throw new Error('the cache key is not 64 hex digits');
  return ["cipher = 'sqlcipher'", 'legacy = 4', `${pragma} = "x'${key}'"`];
}

const isBusy = (error: unknown): boolean =>
  error instanceof Database.SqliteError && error.code.startsWith('SQLITE_BUSY');

/** How long opening keeps trying while another connection holds the lock, as busy_timeout waits for others. */
const OPEN_BUSY_MS = 5000;

/**
 * Runs `step` again while SQLite answers SQLITE_BUSY, up to OPEN_BUSY_MS. Two processes opening a new, empty file
 * at the same instant (two platform processes started together) both turn it into WAL: each holds a shared lock
 * and wants an exclusive one, and SQLite refuses one of them at once, without its busy handler, to break the
 * deadlock. A moment later the file is in WAL and the same pragma goes through.
 */
function retryWhileBusy<T>(step: () => T): T {
  const deadline = Date.now() + OPEN_BUSY_MS;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      return step();
    } catch (error) {
      if (!isBusy(error) || Date.now() >= deadline) throw error;
      Atomics.wait(pause, 0, 0, 20);
    }
  }
}

/**
 * Opens the cache with the pragmas every connection needs. synchronous=FULL because the evidence written here
 * (checks, feedback, audit) must survive a power cut on a county office PC, not only a crash of the app.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, {
    ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
    ...(options.readonly === true ? { readonly: true } : {}),
  });
  try {
    if (options.key !== undefined) applyKey(db, options.key);
    retryWhileBusy(() => db.pragma('journal_mode = WAL'));
  } catch (error) {
    db.close();
    throw error;
  }
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}
