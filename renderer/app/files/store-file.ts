import { client } from '../../transport/client';
import { MAX_FILE_BYTES, readAsBase64 } from './files';

export type StoredFile = { ok: true; sha256: string; size: number; name: string; mime: string };

/** What to tell the clerk when a chosen file cannot be stored (each feature words it for its form). */
export type StoreFileMessages = {
  tooLarge: (name: string) => string;
  readFailed: (name: string) => string;
};

/**
 * One chosen file read and handed to the core (files:add), which keeps it in the content-addressed store until
 * it is uploaded with the entry that refers to it; a Chinese notice when it cannot be.
 */
export const storeFile = async (
  file: File,
  messages: StoreFileMessages,
): Promise<StoredFile | { ok: false; notice: string }> => {
  if (file.size > MAX_FILE_BYTES) return { ok: false, notice: messages.tooLarge(file.name) };
  try {
    const base64 = await readAsBase64(file);
    const mime = file.type === '' ? 'application/octet-stream' : file.type;
    const name = file.name.slice(0, 200);
    const result = await client.call('files:add', { name, mime, base64 });
    if (!result.ok) return { ok: false, notice: `${file.name}：${result.error.message}` };
    return { ok: true, sha256: result.value.sha256, size: result.value.size, name, mime };
  } catch {
    return { ok: false, notice: messages.readFailed(file.name) };
  }
};
