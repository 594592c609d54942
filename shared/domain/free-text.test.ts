import { describe, expect, it } from 'vitest';
import { freeText, freeTextMessages, freeTextProblem } from './free-text';

const field = freeText({ max: 5, tooLong: '太长', multiline: false });
const lines = freeText({ max: 5, tooLong: '太长', multiline: true });

describe('free text', () => {
  it('takes ordinary Chinese text, trimmed, up to the limit in characters (not UTF-16 units)', () => {
    expect(field.parse('  处理情况  ')).toBe('处理情况');
    expect(field.parse('一二三四五')).toBe('一二三四五');
    expect(field.safeParse('一二三四五六').success).toBe(false);
    // Characters beyond the BMP count once: five of them fit.
    expect(field.parse('𠀀𠀁𠀂𠀃𠀄')).toBe('𠀀𠀁𠀂𠀃𠀄');
    expect(field.safeParse('𠀀𠀁𠀂𠀃𠀄𠀅').success).toBe(false);
    expect(field.parse('')).toBe('');
  });

  it('refuses a hostile length before looking at it', () => {
    const result = field.safeParse('x'.repeat(1_000_000));
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.message).toBe('太长');
  });

  it('refuses control characters; line breaks and tabs only in multi-line text', () => {
    for (const control of ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u009f'])
      expect(freeTextProblem(`a${control}b`, true), JSON.stringify(control)).toBe(freeTextMessages.control);
    expect(freeTextProblem('a\nb\r\nc\td', true)).toBeNull();
    expect(freeTextProblem('a\nb', false)).toBe(freeTextMessages.control);
    expect(freeTextProblem('a\tb', false)).toBe(freeTextMessages.control);
    expect(lines.parse('一\n二')).toBe('一\n二');
    expect(field.safeParse('一\n二').success).toBe(false);
  });

  it('refuses the characters that turn text around, and lone surrogates', () => {
    for (const bidi of ['\u202a', '\u202e', '\u2066', '\u2069', '\u200e', '\u200f', '\u061c'])
      expect(freeTextProblem(`名称${bidi}`, true), bidi.codePointAt(0)?.toString(16)).toBe(
        freeTextMessages.bidi,
      );
    expect(freeTextProblem('a\ud800b', true)).toBe(freeTextMessages.surrogate);
    expect(freeTextProblem('a\udc00', true)).toBe(freeTextMessages.surrogate);
    expect(freeTextProblem('𠀀', true)).toBeNull();
    for (const zeroWidth of ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'])
      expect(freeTextProblem(`办件${zeroWidth}编号`, false), zeroWidth.codePointAt(0)?.toString(16)).toBe(
        freeTextMessages.zeroWidth,
      );
    // Ordinary punctuation and full-width spaces are text.
    expect(freeTextProblem('已责令整改（限期15日）\u3000复查合格。', false)).toBeNull();
  });
});
