import { toBeijingIso } from '../../../shared/time';
import type { Db } from '../../../node-shared/db/connection';
import type { PlatformClient } from '../sync/platform-client';
import { withRetry, type RetryPolicy } from '../sync/retry';
import { sha256Of, type FileStore } from '../../../node-shared/files/file-store';
import { filesToUpload, markUploaded } from './files.repo';

export type UploadSummary = { uploaded: number; present: number; missing: string[] };

/**
 * Uploads every stored file a pending entry refers to and the platform has not confirmed (HEAD, then PUT when
 * absent). push() runs it for each chunk after selecting the chunk and before sending it: a file is stored before
 * the entry naming it is written, so every file the chunk refers to goes up first. A failure throws (the sync stops and is
 * retried later). A file no longer on this disk, or whose bytes no longer match their name, cannot ever be sent:
 * it is skipped rather than holding up every later sync; the platform then refuses the entry that needs it
 * (ATTACHMENT_MISSING), which the 同步 page shows.
 */
export async function uploadPendingFiles(
  db: Db,
  client: PlatformClient,
  store: FileStore,
  options: { now: () => Date; retry?: RetryPolicy },
): Promise<UploadSummary> {
  const summary: UploadSummary = { uploaded: 0, present: 0, missing: [] };
  for (const file of filesToUpload(db)) {
    if (await withRetry(() => client.hasFile(file.sha256), options.retry)) {
      markUploaded(db, file.sha256, toBeijingIso(options.now()));
      summary.present += 1;
      continue;
    }
    const bytes = store.read(file.sha256);
    if (bytes === null || sha256Of(bytes) !== file.sha256) {
      summary.missing.push(file.sha256);
      continue;
    }
    await withRetry(() => client.putFile(file.sha256, bytes), options.retry);
    markUploaded(db, file.sha256, toBeijingIso(options.now()));
    summary.uploaded += 1;
  }
  return summary;
}
