// Bytes of an uploaded CSV to text. Government CSVs are often saved by Excel in GBK (a subset of GB18030), so
// bytes that are not valid UTF-8 are read as GB18030; a UTF-8 or UTF-16 byte-order mark decides outright.

export type TextEncodingName = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export type DecodedText =
  | { ok: true; text: string; encoding: TextEncodingName }
  | { ok: false; code: 'undecodable'; message: string };

function decode(bytes: Uint8Array, encoding: TextEncodingName): string | null {
  try {
    // fatal: a byte sequence the encoding cannot hold is an error, never a silent U+FFFD.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decoded(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decoded(bytes, 'utf-16be');
  // TextDecoder drops a UTF-8 BOM itself (ignoreBOM is false by default).
  const utf8 = decode(bytes, 'utf-8');
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8' };
  return decoded(bytes, 'gb18030');
}

function decoded(bytes: Uint8Array, encoding: TextEncodingName): DecodedText {
  const text = decode(bytes, encoding);
  if (text !== null) return { ok: true, text, encoding };
  return {
    ok: false,
    code: 'undecodable',
    message:
      '文件编码无法识别：既不是 UTF-8，也不是 GB18030（GBK）。请用 Excel 或文本编辑器另存为“CSV UTF-8”后重新导入。',
  };
}
