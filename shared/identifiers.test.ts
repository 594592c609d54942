import { describe, expect, it } from 'vitest';
import { citizenIdCheckChar, orgCodeCheckChar, usccCheckChar } from './identifiers/check-chars';
import { maskIdentifier, normaliseIdentifier, parseIdentifier, type ParsedIdentifier } from './identifiers';

// A fixed "today" keeps the future-date cases stable whatever day the suite runs.
const TODAY = new Date('2025-06-15T10:00:00+08:00');

/** A USCC whose org code and check char are both computed: 8 leading chars + the 8-char org-code body. */
function buildUscc(prefix8: string, orgBody8: string): string {
  const org = `${orgBody8}${orgCodeCheckChar(orgBody8) ?? '?'}`;
  const first17 = `${prefix8}${org}`;
  return `${first17}${usccCheckChar(first17) ?? '?'}`;
}

function buildCitizenId(first17: string): string {
  return `${first17}${citizenIdCheckChar(first17) ?? '?'}`;
}

function passesUscc(value: string): boolean {
  return (
    usccCheckChar(value.slice(0, 17)) === value.charAt(17) &&
    orgCodeCheckChar(value.slice(8, 16)) === value.charAt(16)
  );
}

function failure(parsed: ParsedIdentifier): Extract<ParsedIdentifier, { ok: false }> {
  if (parsed.ok) throw new Error(`expected a failure, got ${JSON.stringify(parsed)}`);
  return parsed;
}

function success(parsed: ParsedIdentifier): Extract<ParsedIdentifier, { ok: true }> {
  if (!parsed.ok) throw new Error(`expected success, got ${JSON.stringify(parsed)}`);
  return parsed;
}

const parse = (raw: string): ParsedIdentifier => parseIdentifier(raw, TODAY);

describe('normaliseIdentifier', () => {
  it('trims, drops inner whitespace (incl. U+3000 and zero-width) and upper-cases', () => {
    expect(normaliseIdentifier('  9135 0100\tm000\u3000100y43\u200B\n')).toBe('91350100M000100Y43');
  });

  it('turns full-width IME input into ASCII', () => {
    expect(normaliseIdentifier('９１３５０１００Ｍ０００１００Ｙ４３')).toBe('91350100M000100Y43');
    expect(normaliseIdentifier('１１０１０５１９４９１２３１００２ｘ')).toBe('11010519491231002X');
  });
});

describe('parseIdentifier: valid USCCs', () => {
  it('accepts the public example 91350100M000100Y43 (both checks verified against the algorithms)', () => {
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
    expect(orgCodeCheckChar('M000100Y')).toBe('4');
    expect(parse('91350100M000100Y43')).toEqual({
      ok: true,
      kind: 'uscc',
      value: '91350100M000100Y43',
      warnings: [],
    });
  });

  it.each([
    ['企业 91', '91410402', 'MA44XR7B'],
    ['个体工商户 92', '92410411', 'L5K3PQ8A'],
    ['机构编制 1', '12410400', '41700123'],
    ['民政 5', '51410421', 'MJ1234AB'],
    ['其他 Y', 'Y1410482', 'MC0RTUW8'],
    ['an uncommon leading code is not rejected', 'A1410402', '0000000A'],
  ])('accepts a built USCC (%s)', (_label, prefix, orgBody) => {
    const value = buildUscc(prefix, orgBody);
    const parsed = success(parse(value));
    expect(parsed.kind).toBe('uscc');
    expect(parsed.value).toBe(value);
  });

  it('classifies an all-digit USCC as uscc when it is not a valid citizen ID', () => {
    const value = buildUscc('12410400', '41700125');
    expect(value).toBe('124104004170012525'); // all digits, so citizen-shaped; 7–14 (00417001) is no date
    expect(/^[0-9]{17}[0-9X]$/.test(value)).toBe(true);
    expect(success(parse(value)).kind).toBe('uscc');
  });
});

describe('parseIdentifier: valid citizen IDs', () => {
  it('accepts the GB 11643 example 11010519491231002X', () => {
    expect(parse('11010519491231002X')).toEqual({
      ok: true,
      kind: 'citizen-id',
      value: '11010519491231002X',
      warnings: [],
    });
  });

  it('accepts a birth date of today but not tomorrow', () => {
    expect(success(parse(buildCitizenId('41040220250615123'))).kind).toBe('citizen-id');
    expect(failure(parse(buildCitizenId('41040220250616123'))).code).toBe('date');
  });

  it('accepts 29 February in a leap year and 1 January 1900', () => {
    expect(success(parse(buildCitizenId('41040220000229123'))).kind).toBe('citizen-id');
    expect(success(parse(buildCitizenId('41040219000101123'))).kind).toBe('citizen-id');
  });

  it('uses the real current date when today is omitted', () => {
    expect(success(parseIdentifier('11010519491231002X')).kind).toBe('citizen-id');
    expect(failure(parseIdentifier(buildCitizenId('41040220991231123'))).code).toBe('date');
  });
});

describe('parseIdentifier: length', () => {
  it('asks for input when empty or blank', () => {
    for (const raw of ['', '   ', '\u3000\t']) {
      expect(parse(raw)).toEqual({
        ok: false,
        kind: 'unknown',
        code: 'length',
        overridable: false,
        message: '请输入统一社会信用代码或身份证号码',
        value: '',
      });
    }
  });

  it.each([
    ['91350100M000100Y4', 17],
    ['91350100M000100Y433', 19],
    ['9135', 4],
  ])('rejects %s with its actual length', (raw, length) => {
    const parsed = failure(parse(raw));
    expect(parsed).toMatchObject({ kind: 'unknown', code: 'length', overridable: false, value: raw });
    expect(parsed.message).toContain(`应为18位，当前为${length}位`);
  });

  it('says that 15-digit legacy citizen IDs are not accepted', () => {
    const parsed = failure(parse('410402900312029'));
    expect(parsed).toMatchObject({ kind: 'unknown', code: 'length', overridable: false });
    expect(parsed.message).toContain('当前为15位');
    expect(parsed.message).toContain('15位旧身份证号码');
    expect(parsed.message).toContain('18位身份证号码');
  });

  it('counts characters, not UTF-16 code units', () => {
    expect(failure(parse('9135010😀M000100Y4')).message).toContain('当前为17位');
  });
});

describe('parseIdentifier: format', () => {
  it.each(['I', 'O', 'Z', 'S', 'V'])('rejects the letter %s in a USCC and names it', (letter) => {
    const raw = `91350100M${letter}00100Y43`;
    const parsed = failure(parse(raw));
    expect(parsed).toMatchObject({ kind: 'uscc', code: 'format', overridable: false, value: raw });
    expect(parsed.message).toContain(`「${letter}」`);
    expect(parsed.message).toContain('I、O、Z、S、V');
  });

  it('names every offending character once', () => {
    const parsed = failure(parse('91350100MOOO1-0Y43'));
    expect(parsed.message).toContain('「O」「-」');
    expect(parsed.message.match(/「O」/g)).toHaveLength(1);
  });

  it('rejects punctuation and CJK in a digit string as unknown kind', () => {
    const parsed = failure(parse('410402-19900312029'));
    expect(parsed).toMatchObject({ kind: 'unknown', code: 'format', overridable: false });
    expect(parsed.message).toContain('「-」');
    expect(failure(parse('41040219900312029号')).message).toContain('「号」');
  });

  it('names invisible characters by code point', () => {
    expect(failure(parse('41040219900312029\u0007')).message).toContain('U+0007');
  });

  it('treats letters other than a final X as a USCC candidate', () => {
    // 17 digits + A: only a USCC can end in A; it fails the USCC checks rather than the citizen format.
    const parsed = failure(parse('41040219900312029A'));
    expect(parsed.kind).toBe('uscc');
  });
});

describe('parseIdentifier: USCC checksum', () => {
  it('lets the clerk override a wrong 18th character when the organisation code holds', () => {
    const parsed = failure(parse('91350100M000100Y44'));
    expect(parsed).toMatchObject({ kind: 'uscc', code: 'checksum', overridable: true });
    expect(parsed.message).toContain('第18位校验码');
    expect(parsed.message).toContain('核对营业执照原件后可填写理由继续核查');
  });

  it('refuses a wrong embedded org code even when the USCC check char matches', () => {
    // Org-code check char 5 instead of 4, then the USCC check char recomputed so only GB 11714 fails.
    const first17 = '91350100M000100Y5';
    const value = `${first17}${usccCheckChar(first17) ?? '?'}`;
    expect(usccCheckChar(value.slice(0, 17))).toBe(value.charAt(17));
    const parsed = failure(parse(value));
    expect(parsed).toMatchObject({ kind: 'uscc', code: 'checksum', overridable: false, value });
    expect(parsed.message).toContain('组织机构代码');
    expect(parsed.message).toContain('重新输入');
    expect(parsed.message).not.toContain('核对营业执照原件后可填写理由');
  });

  it('refuses an org code whose check position is a letter other than X', () => {
    const first17 = '91350100M000100YA';
    const parsed = failure(parse(`${first17}${usccCheckChar(first17) ?? '?'}`));
    expect(parsed).toMatchObject({ kind: 'uscc', code: 'checksum', overridable: false });
  });
});

describe('parseIdentifier: citizen ID errors (not overridable)', () => {
  it('rejects a wrong check char', () => {
    const value = '110105194912310021';
    expect(passesUscc(value)).toBe(false);
    const parsed = failure(parse(value));
    expect(parsed).toMatchObject({ kind: 'citizen-id', code: 'checksum', overridable: false, value });
    expect(parsed.message).toContain('第18位校验码');
  });

  it.each([
    ['30 February', '41040219900230123', '只有28天'],
    ['29 February in a non-leap year', '41040219000229123', '只有28天'],
    ['31 April', '41040219900431123', '只有30天'],
    ['a future date', '41040220300101123', '晚于今天'],
    ['a date before 1900', '41040218991231123', '早于1900年'],
  ])('rejects %s as a date error even with a correct check char', (_label, first17, phrase) => {
    const value = buildCitizenId(first17);
    // Precondition: the string is not accidentally a valid USCC, which would be classified as one.
    expect(passesUscc(value)).toBe(false);
    const parsed = failure(parse(value));
    expect(parsed).toMatchObject({ kind: 'citizen-id', code: 'date', overridable: false, value });
    expect(parsed.message).toContain(phrase);
    expect(parsed.message).toContain(first17.slice(6, 14));
  });
});

describe('parseIdentifier: classification of all-digit strings', () => {
  it('classifies the trap example as a citizen ID: it passes the USCC check but not the org-code check', () => {
    // Found offline by looping over sequence numbers for 410402 (新华区) + 1990-03-12: a valid citizen ID whose
    // GB 32100 check char happens to match (the org-code check 9–17 is what rejects it as a USCC).
    const trap = '410402199003120297';
    expect(citizenIdCheckChar(trap.slice(0, 17))).toBe('7');
    expect(usccCheckChar(trap.slice(0, 17))).toBe('7');
    expect(orgCodeCheckChar(trap.slice(8, 16))).not.toBe(trap.charAt(16));
    expect(parse(trap)).toEqual({ ok: true, kind: 'citizen-id', value: trap, warnings: [] });
  });

  it('prefers citizen-id with an ambiguous warning when both kinds validate', () => {
    // Also found offline: 410402 + 2000-02-29 + 059, which passes GB 11643, GB 32100 and GB 11714 alike.
    const both = '410402200002290599';
    expect(citizenIdCheckChar(both.slice(0, 17))).toBe('9');
    expect(passesUscc(both)).toBe(true);
    const parsed = success(parse(both));
    expect(parsed.kind).toBe('citizen-id');
    expect(parsed.warnings).toHaveLength(1);
    expect(parsed.warnings[0]?.code).toBe('ambiguous');
    expect(parsed.warnings[0]?.message).toContain(
      '该号码同时符合身份证号码和统一社会信用代码的校验规则，已按身份证号码识别',
    );
  });

  it('reports the USCC error when neither check character holds and 7–14 are not a date', () => {
    const value = '410402199013120297'; // month 13; GB 11643 fails too
    expect(citizenIdCheckChar(value.slice(0, 17))).not.toBe(value.charAt(17));
    expect(passesUscc(value)).toBe(false);
    // The organisation code 19901312-0 fails GB 11714 as well: refused, not overridable (rule 6).
    expect(failure(parse(value))).toMatchObject({ kind: 'uscc', code: 'checksum', overridable: false });
  });

  it('reports the citizen check error when neither validates and 7–14 are a date', () => {
    const value = '410402199003120298';
    expect(passesUscc(value)).toBe(false);
    expect(failure(parse(value))).toMatchObject({ kind: 'citizen-id', code: 'checksum', overridable: false });
  });
});

describe('parseIdentifier: normalised input', () => {
  it('accepts a USCC with spaces, full-width and lower-case letters, and says it changed them', () => {
    for (const raw of [
      '9135 0100 M000 100Y 43',
      '９１３５０１００Ｍ０００１００Ｙ４３',
      '91350100m000100y43',
    ]) {
      const parsed = success(parse(raw));
      expect(parsed).toMatchObject({ kind: 'uscc', value: '91350100M000100Y43' });
      expect(parsed.warnings.map((warning) => warning.code)).toEqual(['normalised']);
    }
  });

  it('warns about a lower-case x in a USCC as a normalisation', () => {
    const value = buildUscc('91410402', 'MA44XR7B');
    expect(value).toContain('X');
    const parsed = success(parse(value.toLowerCase()));
    expect(parsed).toMatchObject({ kind: 'uscc', value });
    expect(parsed.warnings.map((warning) => warning.code)).toEqual(['normalised']);
    expect(parsed.warnings[0]?.message).toContain('小写字母转换为大写');
  });

  it('does not warn about whitespace a scanner adds around the value', () => {
    expect(success(parse('  91350100M000100Y43\r\n')).warnings).toEqual([]);
  });

  it('accepts a lower-case final x in a citizen ID with a lowercase-x warning only', () => {
    const parsed = success(parse('11010519491231002x'));
    expect(parsed.value).toBe('11010519491231002X');
    expect(parsed.warnings.map((warning) => warning.code)).toEqual(['lowercase-x']);
  });

  it('gives no lowercase-x warning when the X was typed in upper case', () => {
    expect(success(parse('110105 19491231 002X')).warnings.map((warning) => warning.code)).toEqual([
      'normalised',
    ]);
  });

  it('keeps the normalised string as the value of a failure', () => {
    expect(failure(parse(' 9135 0100m ')).value).toBe('91350100M');
  });
});

describe('maskIdentifier', () => {
  it('masks citizen IDs to first 6 + 8 stars + last 4', () => {
    expect(maskIdentifier('41040219900312123X', 'citizen-id')).toBe('410402********123X');
    expect(maskIdentifier('11010519491231002X', 'citizen-id')).toBe('110105********002X');
  });

  it('never leaves a citizen ID readable because of stray spaces or a short value', () => {
    expect(maskIdentifier(' 110105 19491231 002x', 'citizen-id')).toBe('110105********002X');
    expect(maskIdentifier('1101051949', 'citizen-id')).toBe('**********');
  });

  it('leaves a USCC unchanged', () => {
    expect(maskIdentifier('91350100M000100Y43', 'uscc')).toBe('91350100M000100Y43');
  });

  it('guesses when the kind is unknown', () => {
    expect(maskIdentifier('11010519491231002X', null)).toBe('110105********002X');
    expect(maskIdentifier('410402199003120297', null)).toBe('410402********0297');
    expect(maskIdentifier('410402900312029', null)).toBe('410402*****2029');
    expect(maskIdentifier('91350100M000100Y43', null)).toBe('91350100M000100Y43');
    const digitUscc = buildUscc('12410400', '41700125');
    expect(maskIdentifier(digitUscc, null)).toBe(digitUscc);
    expect(maskIdentifier('张三', null)).toBe('张三');
  });
});
