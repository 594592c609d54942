/**
 * What one enrolled device may take of the platform, as data. An enrolled PC is trusted to write its own work,
 * not to fill the platform's disk or hold its connections: a stolen device token must not be able to do either.
 * - entryBytes: one outbox entry as JSON. A check with its evidence snapshot is some 10 KB; a repair with its
 *   history less. 1 MB leaves room for growth and refuses only what no window produces.
 * - unreferencedFiles / unreferencedBytes: files this device uploaded that no applied entry refers to yet. A
 *   client uploads every waiting attachment before its entries (electron/core/files/upload.ts), so this is the
 *   backlog of an office offline for weeks (hundreds of scanned pages), not of one sync.
 * - feedStreams: the changes feed and whole-table downloads open at once. A client reads them one at a time.
 * - feedWaits: changes/wait long-polls open at once. A client holds one; a second covers a reconnect overlapping
 *   the old request's end.
 */
export type DeviceLimits = {
  entryBytes: number;
  unreferencedFiles: number;
  unreferencedBytes: number;
  feedStreams: number;
  feedWaits: number;
};

export const DEVICE_LIMITS: DeviceLimits = {
  entryBytes: 1024 * 1024,
  unreferencedFiles: 500,
  unreferencedBytes: 2 * 1024 * 1024 * 1024,
  feedStreams: 2,
  feedWaits: 2,
};

/** `1 MB`, `512 KB`, for messages people read. */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${Math.round((bytes / 1024 ** 3) * 10) / 10} GB`;
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 ** 2) * 10) / 10} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}
