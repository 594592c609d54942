import type { Db } from '../../../node-shared/db/connection';

export type LocalFile = { sha256: string; size: number; storedAt: string; uploadedAt: string | null };

/** Written after the bytes are in place: a row always means the file is on disk under its hash. */
export function recordLocalFile(db: Db, sha256: string, size: number, storedAt: string): void {
  db.prepare(
    'INSERT INTO local_files (sha256, size, stored_at) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING',
  ).run(sha256, size, storedAt);
}

export function getLocalFile(db: Db, sha256: string): LocalFile | null {
  const row = db
    .prepare(
      `SELECT sha256, size, stored_at AS storedAt, uploaded_at AS uploadedAt FROM local_files WHERE sha256 = ?`,
    )
    .get(sha256) as LocalFile | undefined;
  return row ?? null;
}

/**
 * Files the platform has not confirmed yet that an entry waiting to go up refers to (the attachments of a
 * pending 'repair.created' or 'check.external-query', the signed authorisation of a pending 'report.issued'),
 * oldest first. A file picked for an application or a report never made stays on this PC.
 */
export function filesToUpload(db: Db): LocalFile[] {
  return db
    .prepare(
      `SELECT sha256, size, stored_at AS storedAt, uploaded_at AS uploadedAt FROM local_files
       WHERE uploaded_at IS NULL AND (sha256 IN (
         SELECT json_extract(attachment.value, '$.sha256')
         FROM outbox, json_each(outbox.payload, '$.attachments') AS attachment
         WHERE outbox.state = 'pending' AND outbox.kind IN ('repair.created', 'check.external-query', 'objection.created'))
       OR sha256 IN (
         SELECT json_extract(outbox.payload, '$.authorisation.documentSha256') FROM outbox
         WHERE outbox.state = 'pending' AND outbox.kind = 'report.issued'))
       ORDER BY stored_at, sha256`,
    )
    .all() as LocalFile[];
}

export function markUploaded(db: Db, sha256: string, at: string): void {
  db.prepare('UPDATE local_files SET uploaded_at = ? WHERE sha256 = ?').run(at, sha256);
}
