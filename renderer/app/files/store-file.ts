import type { StoredFile } from '../../../shared/domain/files';
import { acceptedName, attachmentMessages } from '../../../shared/files/attachment-types';
import { client } from '../../transport/client';
import { MAX_FILE_BYTES, readAsBase64 } from './files';

export const storeFileTexts = {
  tooLarge: (name: string): string => `“${name}”超过10MB，未添加`,
  readFailed: (name: string): string => `无法读取“${name}”`,
} as const;

/** One chosen file read and handed to the core (files:add); a Chinese notice when it cannot be. */
export const storeFile = async (
  file: File,
): Promise<({ ok: true } & StoredFile) | { ok: false; notice: string }> => {
  if (!acceptedName(file.name))
    return { ok: false, notice: `${file.name}：${attachmentMessages.notAccepted}` };
  if (file.size > MAX_FILE_BYTES) return { ok: false, notice: storeFileTexts.tooLarge(file.name) };
  try {
    const base64 = await readAsBase64(file);
    const mime = file.type === '' ? 'application/octet-stream' : file.type;
    const name = file.name.slice(0, 200);
    const result = await client.call('files:add', { name, mime, base64 });
    if (!result.ok) return { ok: false, notice: `${file.name}：${result.error.message}` };
    return { ok: true, sha256: result.value.sha256, size: result.value.size, name, mime };
  } catch {
    return { ok: false, notice: storeFileTexts.readFailed(file.name) };
  }
};
