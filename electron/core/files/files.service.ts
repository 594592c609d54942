import { attachmentRefusal } from '../../../shared/files/attachment-types';
import { err, ok, type Result } from '../../../shared/result';
import { toBeijingIso } from '../../../shared/time';
import { appendAudit } from '../audit/audit.repo';
import type { Db } from '../../../node-shared/db/connection';
import { FILE_SIZE_LIMIT, type FileStore } from '../../../node-shared/files/file-store';
import { getLocalFile, recordLocalFile } from './files.repo';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Attachments at the window: stored content-addressed, recorded for upload with the next sync. */
export function createFilesService(deps: {
  db: Db;
  store: FileStore;
  now: () => Date;
  /** Who acts (the signed-in user), recorded on the file's audit entry. */
  operator: () => string;
}) {
  const { db, store } = deps;

  const add = (request: { base64: string; name?: string }): Result<{ sha256: string; size: number }> => {
    const text = request.base64.replace(/\s+/g, '');
    if (text.length % 4 !== 0 || !BASE64.test(text))
      return err('FILE_INVALID', '附件内容无法读取，请重新选择文件');
    // Decoded size from the text length, so an oversized file is refused before it is decoded.
    const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
    const size = (text.length / 4) * 3 - padding;
    if (size > FILE_SIZE_LIMIT) return err('FILE_INVALID', '单个附件不能超过10MB');
    if (size === 0) return err('FILE_INVALID', '附件是空文件，请重新选择');
    const bytes = Buffer.from(text, 'base64');
    // Scans, photos and office documents only, their content matching their name: never a program.
    const refusal = attachmentRefusal(request.name, bytes.subarray(0, 16));
    if (refusal !== null) return err('FILE_TYPE_REFUSED', refusal);
    try {
      const stored = store.put(bytes);
      const at = toBeijingIso(deps.now());
      db.transaction(() => {
        recordLocalFile(db, stored.sha256, stored.size, at);
        appendAudit(db, {
          at,
          actor: deps.operator(),
          action: 'file.add',
          targetType: 'file',
          targetId: stored.sha256,
          caseNumber: null,
          purpose: null,
          detail: { name: request.name ?? null, size: stored.size },
        });
      })();
      return ok({ sha256: stored.sha256, size: stored.size });
    } catch (error) {
      return err('FILE_INVALID', `附件保存失败：${error instanceof Error ? error.message : String(error)}`);
    }
  };

  /**
   * Evidence the app itself produced (the platform's answer to an external query, as JSON): stored and recorded
   * for upload like an attachment, without the attachment types' check, which is for what people pick.
   */
  const keepGenerated = (bytes: Buffer, name: string): Result<{ sha256: string; size: number }> => {
    try {
      const stored = store.put(bytes);
      const at = toBeijingIso(deps.now());
      db.transaction(() => {
        recordLocalFile(db, stored.sha256, stored.size, at);
        appendAudit(db, {
          at,
          actor: deps.operator(),
          action: 'file.add',
          targetType: 'file',
          targetId: stored.sha256,
          caseNumber: null,
          purpose: null,
          detail: { name, size: stored.size },
        });
      })();
      return ok({ sha256: stored.sha256, size: stored.size });
    } catch (error) {
      return err('FILE_INVALID', `附件保存失败：${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const get = (sha256: string): Result<{ sha256: string; base64: string; size: number }> => {
    const bytes = getLocalFile(db, sha256) === null ? null : store.read(sha256);
    if (bytes === null) return err('FILE_NOT_FOUND', '本机找不到该附件');
    return ok({ sha256, base64: bytes.toString('base64'), size: bytes.length });
  };

  /** Every one of the hashes is a stored file of this client; the first that is not, else null. */
  const missing = (hashes: readonly string[]): string | null =>
    hashes.find((sha256) => getLocalFile(db, sha256) === null || !store.has(sha256)) ?? null;

  return { add, keepGenerated, get, missing };
}

export type FilesService = ReturnType<typeof createFilesService>;
