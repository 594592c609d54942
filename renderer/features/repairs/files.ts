// Files at the window: read as base64 for files:add, shown by size and hash, downloaded from files:get.

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** 1.2 MB / 340 KB / 12 B */
export const formatSize = (bytes: number): string => {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
};

/** The first characters of a sha256: enough to tell files apart on screen and compare with a printout. */
export const shaPrefix = (sha256: string): string => sha256.slice(0, 12);

/** The file's bytes as base64 (without the data: URL prefix). */
export const readAsBase64 = (file: Blob): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      const comma = url.indexOf(',');
      resolve(comma < 0 ? '' : url.slice(comma + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });

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
