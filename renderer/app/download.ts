// Saving what the core made (a stored file, an export) through the browser's or Electron's download.
import type { ExportFile } from '../../shared/domain/export';

export const base64ToBytes = (base64: string): Uint8Array<ArrayBuffer> => {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
};

/** Saves bytes under a name through a temporary Blob URL (the browser's or Electron's download). */
export const saveBytes = (bytes: Uint8Array<ArrayBuffer>, name: string, mime: string): void => {
  const url = URL.createObjectURL(
    new Blob([bytes], { type: mime === '' ? 'application/octet-stream' : mime }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

/** Saves an export (CSV or Excel) the core returned. */
export const saveExportFile = (file: ExportFile): void =>
  saveBytes(base64ToBytes(file.base64), file.name, file.mime);
