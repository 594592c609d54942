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
