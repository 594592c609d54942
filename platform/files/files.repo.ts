import type { Db } from '../../node-shared/db/connection';

/** Written after the file is in place: a row always means the bytes are on disk under their hash. */
export function recordFile(db: Db, sha256: string, size: number, storedAt: string): void {
  db.prepare(
    'INSERT INTO files (sha256, size, stored_at) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING',
  ).run(sha256, size, storedAt);
}

export const hasFile = (db: Db, sha256: string): boolean =>
  db.prepare('SELECT 1 FROM files WHERE sha256 = ?').get(sha256) !== undefined;

/** A file this device brought in (its bytes were new here): counted against the device until referred to. */
export function recordUpload(
  db: Db,
  deviceId: string,
  sha256: string,
  size: number,
  uploadedAt: string,
): void {
  db.prepare(
    `INSERT INTO device_uploads (device_id, sha256, size, uploaded_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (device_id, sha256) DO NOTHING`,
  ).run(deviceId, sha256, size, uploadedAt);
}

/** The files this device uploaded that no applied entry refers to yet: how many, and their bytes. */
export function unreferencedUploads(db: Db, deviceId: string): { files: number; bytes: number } {
  return db
    .prepare(
      `SELECT count(*) AS files, CAST(coalesce(sum(size), 0) AS bigint) AS bytes FROM device_uploads
       WHERE device_id = ? AND referenced_at IS NULL`,
    )
    .get(deviceId) as { files: number; bytes: number };
}

/** Files an applied entry refers to, whichever device uploaded them, no longer count against it. */
export function markReferenced(db: Db, sha256s: readonly string[], at: string): void {
  // Most entries refer to no file: no empty transaction (on PostgreSQL two round trips on the event loop).
  if (sha256s.length === 0) return;
  const mark = db.prepare(
    'UPDATE device_uploads SET referenced_at = ? WHERE sha256 = ? AND referenced_at IS NULL',
  );
  db.transaction(() => sha256s.forEach((sha256) => mark.run(at, sha256)))();
}
