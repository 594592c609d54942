import Database from 'better-sqlite3';

export type Db = Database.Database;

export type OpenOptions = {
  /** Path of a better-sqlite3 build for another ABI (the Electron runtime); Node's own build otherwise. */
  nativeBinding?: string;
  readonly?: boolean;
};

/**
 * Opens the cache with the pragmas every connection needs. synchronous=FULL because the evidence written here
 * (checks, feedback, audit) must survive a power cut on a county office PC, not only a crash of the app.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, {
    ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
    ...(options.readonly === true ? { readonly: true } : {}),
  });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}
