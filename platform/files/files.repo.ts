import type { Db } from '../../node-shared/db/connection';

/** Written after the file is in place: a row always means the bytes are on disk under their hash. */
export function recordFile(db: Db, sha256: string, size: number, storedAt: string): void {
  db.prepare(
    'INSERT INTO files (sha256, size, stored_at) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING',
  ).run(sha256, size, storedAt);
}

export const hasFile = (db: Db, sha256: string): boolean =>
  db.prepare('SELECT 1 FROM files WHERE sha256 = ?').get(sha256) !== undefined;
