import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { decodeText } from './decode-text';

const fieldsOf = (text: string): string[][] => parseCsv(text).records.map((record) => record.fields);

describe('parseCsv (RFC 4180)', () => {
  it('splits records on CRLF, LF or a lone CR, with or without a final line break', () => {
    expect(fieldsOf('a,b\r\nc,d\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(fieldsOf('a,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(fieldsOf('a,b\rc,d\r')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('keeps empty fields, including a trailing one and a quoted empty one', () => {
    expect(fieldsOf('a,,c,\r\n,"",x')).toEqual([
      ['a', '', 'c', ''],
      ['', '', 'x'],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks as data', () => {
    const text = 'name,content\r\n"甲,乙","他说""好""，然后\r\n换行"\r\n"x\ny",z\r\n';
    expect(fieldsOf(text)).toEqual([
      ['name', 'content'],
      ['甲,乙', '他说"好"，然后\r\n换行'],
      ['x\ny', 'z'],
    ]);
  });

  it('numbers each record by the line it starts on, across multi-line fields and skipped blank lines', () => {
    const text = 'h1,h2\r\n"a\r\nb\r\nc",1\r\n\r\nx,2\n\n\ny,3';
    const records = parseCsv(text).records;
    expect(records.map((record) => [record.line, record.fields[1]])).toEqual([
      [1, 'h2'],
      [2, '1'],
      [6, '2'],
      [9, '3'],
    ]);
  });

  it('drops a UTF-8 byte-order mark before the first header', () => {
    expect(fieldsOf('\ufeff相对人名称,类别\r\n')).toEqual([['相对人名称', '类别']]);
  });

  it('keeps a quote inside an unquoted field as a character, as Excel does', () => {
    expect(fieldsOf('5"钢管,b')).toEqual([['5"钢管', 'b']]);
  });

  it('marks a record with text after a closing quote but keeps the record boundaries', () => {
    const { records, fatal } = parseCsv('"ab"c,d\r\ne,f');
    expect(fatal).toBeNull();
    expect(records[0]).toMatchObject({
      line: 1,
      fields: ['abc', 'd'],
      problem: { code: 'text-after-quote' },
    });
    expect(records[1]).toEqual({ line: 2, fields: ['e', 'f'] });
  });

  it('refuses a file whose quote never closes, naming the line where it opened', () => {
    const { fatal } = parseCsv('a,b\r\nc,"d\r\ne,f\r\n');
    expect(fatal).toMatchObject({ code: 'unterminated-quote', line: 2 });
    expect(fatal?.message).toContain('第2行');
  });

  it('reads back whatever a conforming writer writes', () => {
    const quote = (field: string): string =>
      /[",\r\n]/.test(field) || field === '' ? `"${field.replaceAll('"', '""')}"` : field;
    const field = fc.string({ unit: fc.constantFrom('a', '甲', ',', '"', '\r', '\n', '\r\n', ' ', '，') });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('\r\n', '\n'),
        (rows, newline) => {
          const text = rows.map((row) => row.map(quote).join(',')).join(newline) + newline;
          expect(fieldsOf(text)).toEqual(rows);
        },
      ),
    );
  });
});

describe('decodeText', () => {
  it('reads UTF-8 with or without a BOM', () => {
    const text = '相对人名称,类别\r\n';
    const plain = decodeText(new TextEncoder().encode(text));
    const withBom = decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]));
    expect(plain).toEqual({ ok: true, text, encoding: 'utf-8' });
    expect(withBom).toEqual({ ok: true, text, encoding: 'utf-8' });
  });

  it('falls back to GB18030 for bytes that are not UTF-8 (Excel in GBK)', () => {
    const bytes = readFileSync(join(__dirname, 'fixtures', 'example-clean-gb18030.csv'));
    const utf8 = readFileSync(join(__dirname, 'examples', 'example-clean.csv'), 'utf8').replace(
      /^\ufeff/u,
      '',
    );
    const decoded = decodeText(bytes);
    expect(decoded.ok && decoded.encoding).toBe('gb18030');
    expect(decoded.ok && decoded.text).toBe(utf8);
    // 中文 in GBK
    expect(decodeText(Uint8Array.from([0xd6, 0xd0, 0xce, 0xc4]))).toEqual({
      ok: true,
      text: '中文',
      encoding: 'gb18030',
    });
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const bytes = Uint8Array.from([0xff, 0xfe, 0x2d, 0x4e, 0x87, 0x65]);
    expect(decodeText(bytes)).toEqual({ ok: true, text: '中文', encoding: 'utf-16le' });
  });

  it('says so when the bytes are neither UTF-8 nor GB18030', () => {
    expect(decodeText(Uint8Array.from([0x41, 0xff, 0xff]))).toMatchObject({ ok: false, code: 'undecodable' });
  });
});
