/**
 * What may be attached at the window (repair materials, external query evidence, report authorisations): scans,
 * photos and office documents. A file is judged by its name's extension and by its first bytes, so an
 * executable renamed .pdf is refused as firmly as setup.exe.
 */
type Family = { extensions: readonly string[]; signature: readonly number[] };

const FAMILIES: readonly Family[] = [
  { extensions: ['pdf'], signature: [0x25, 0x50, 0x44, 0x46] }, // %PDF
  { extensions: ['jpg', 'jpeg'], signature: [0xff, 0xd8, 0xff] },
  { extensions: ['png'], signature: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  // Scanners' TIFF (little- and big-endian).
  { extensions: ['tif', 'tiff'], signature: [0x49, 0x49, 0x2a, 0x00] },
  { extensions: ['tif', 'tiff'], signature: [0x4d, 0x4d, 0x00, 0x2a] },
  // OFD (GB/T 33190, the national layout format) and Office Open XML are ZIP containers.
  { extensions: ['ofd', 'docx', 'xlsx'], signature: [0x50, 0x4b, 0x03, 0x04] },
  // Word 97–2003 and Excel 97–2003: OLE compound files.
  { extensions: ['doc', 'xls'], signature: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
];

/** For a file input's accept attribute. */
export const ATTACHMENT_ACCEPT = [
  ...new Set(FAMILIES.flatMap((family) => family.extensions.map((ext) => `.${ext}`))),
].join(',');

export const attachmentMessages = {
  notAccepted: '附件格式不受支持，只能添加 PDF、JPG、PNG、TIFF、OFD、Word 或 Excel 文件',
  contentMismatch: '附件内容与文件类型不符，可能已损坏或被改名，请重新选择文件',
} as const;

const extensionOf = (name: string): string | null => {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(name.trim());
  return match?.[1]?.toLowerCase() ?? null;
};

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);

/** Whether the name alone is of an accepted type (for the file picker, before reading). */
export const acceptedName = (name: string): boolean => {
  const extension = extensionOf(name);
  return extension !== null && FAMILIES.some((family) => family.extensions.includes(extension));
};

/**
 * Null when the file may be attached, else the Chinese reason. `name` may be absent (a caller that sends bytes
 * only): then the content alone must be of an accepted type.
 */
export function attachmentRefusal(name: string | undefined, head: Uint8Array): string | null {
  const byContent = FAMILIES.filter((family) => startsWith(head, family.signature));
  if (name === undefined) return byContent.length === 0 ? attachmentMessages.notAccepted : null;
  const extension = extensionOf(name);
  if (extension === null || !acceptedName(name)) return attachmentMessages.notAccepted;
  if (!byContent.some((family) => family.extensions.includes(extension)))
    return attachmentMessages.contentMismatch;
  return null;
}
