/**
 * Attachments for tests: the core takes only scans, photos and office documents whose first bytes match their
 * name (shared/files/attachment-types.ts), so test files start as real ones do.
 */
export const samplePdf = (text: string): Buffer =>
  Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from(text)]);

/** A PDF of exactly `size` bytes. */
export const samplePdfOfSize = (size: number): Buffer => {
  const bytes = Buffer.alloc(size, 7);
  Buffer.from('%PDF-1.4\n').copy(bytes);
  return bytes;
};

export const sampleJpeg = (text: string): Buffer =>
  Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(text)]);
