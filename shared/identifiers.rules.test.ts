import { describe, expect, it } from 'vitest';
import { citizenIdCheckChar, orgCodeCheckChar, usccCheckChar } from './identifiers/check-chars';
import { parseIdentifier, type ParsedIdentifier } from './identifiers';

// Issue 10, rules 6 and 7: which failed identifiers the clerk may override, and an ID number with an impossible
// birth date. A fixed "today" keeps the future-date boundary stable.
const TODAY = new Date('2025-06-15T10:00:00+08:00');
const parse = (raw: string): ParsedIdentifier => parseIdentifier(raw, TODAY);

function failure(parsed: ParsedIdentifier): Extract<ParsedIdentifier, { ok: false }> {
  if (parsed.ok) throw new Error(`expected a failure, got ${JSON.stringify(parsed)}`);
  return parsed;
}

type Checks = { citizen: boolean; org: boolean; uscc: boolean };

const checksOf = (value: string): Checks => ({
  citizen: citizenIdCheckChar(value.slice(0, 17)) === value.charAt(17),
  org: orgCodeCheckChar(value.slice(8, 16)) === value.charAt(16),
  uscc: usccCheckChar(value.slice(0, 17)) === value.charAt(17),
});

/**
 * The first all-digit string with this birth-date part (positions 7–14) and exactly these check outcomes,
 * varying the region (3–6) and 15–17. Searched, not hard-coded, so each case says what it is.
 */
function digitsWith(date: string, wanted: Checks): string {
  for (let n = 0; n < 1_000_000; n += 1) {
    const free = String(n).padStart(7, '0');
    const first17 = `41${free.slice(0, 4)}${date}${free.slice(4)}`;
    const candidates = [...'0123456789X'].map((last) => `${first17}${last}`);
    const found = candidates.find((value) => {
      const checks = checksOf(value);
      return checks.citizen === wanted.citizen && checks.org === wanted.org && checks.uscc === wanted.uscc;
    });
    if (found !== undefined) return found;
  }
  throw new Error(`no string for ${date} ${JSON.stringify(wanted)}`);
}

/** Messages that belong to a USCC: rule 7 must never show them for an ID number. */
const expectNoLicenceAdvice = (message: string): void => {
  expect(message).not.toContain('统一社会信用代码');
  expect(message).not.toContain('营业执照');
  expect(message).not.toContain('填写理由');
};

// Birth-date parts that cannot exist, each at its boundary (today is 2025-06-15).
const IMPOSSIBLE_DATES = [
  ['month 00', '19900012', '月份应为01–12'],
  ['month 13', '19901301', '月份应为01–12'],
  ['month 99', '19909901', '月份应为01–12'],
  ['day 00', '19900300', '日应为01–31'],
  ['30 February', '19900230', '1990年2月只有28天'],
  ['29 February of a common year', '20230229', '2023年2月只有28天'],
  ['29 February 1900 (not a leap year)', '19000229', '1900年2月只有28天'],
  ['31 April', '19900431', '1990年4月只有30天'],
  ['31 December 1899', '18991231', '早于1900年'],
  ['the year 1066', '10660101', '早于1900年'],
  ['tomorrow', '20250616', '晚于今天'],
  ['the year 2100', '21000101', '晚于今天'],
] as const;

describe('rule 7: an ID number with an impossible birth date is an ID number', () => {
  it.each(IMPOSSIBLE_DATES)(
    '%s, right GB 11643 check character, no USCC check → citizen-id date error',
    (_label, date, phrase) => {
      const value = digitsWith(date, { citizen: true, org: false, uscc: false });
      const parsed = failure(parse(value));
      expect(parsed).toMatchObject({ kind: 'citizen-id', code: 'date', overridable: false, value });
      expect(parsed.message).toContain('身份证号码');
      expect(parsed.message).toContain(`出生日期「${date}」`);
      expect(parsed.message).toContain(phrase);
      expect(parsed.message).toContain('请对照身份证原件重新输入');
      expectNoLicenceAdvice(parsed.message);
    },
  );

  it('says the check character was right, so the clerk knows why it was read as an ID number', () => {
    const value = digitsWith('19901301', { citizen: true, org: false, uscc: false });
    expect(failure(parse(value)).message).toMatch(
      /^该号码是身份证号码（第18位校验码正确），但第7–14位的出生日期/,
    );
  });

  it('is an ID number also when only the 18th USCC character fails (it looks like a legacy code)', () => {
    const value = digitsWith('19900000', { citizen: true, org: true, uscc: false });
    const parsed = failure(parse(value));
    expect(parsed).toMatchObject({ kind: 'citizen-id', code: 'date', overridable: false });
    expectNoLicenceAdvice(parsed.message);
  });

  it('is an ID number also when only the organisation code fails', () => {
    const value = digitsWith('20300101', { citizen: true, org: false, uscc: true });
    expect(failure(parse(value))).toMatchObject({ kind: 'citizen-id', code: 'date', overridable: false });
  });

  it('works with a check character X, typed in lower case', () => {
    const sequences = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0'));
    const first17 = sequences
      .map((sequence) => `41040219901301${sequence}`)
      .find((body) => {
        const value = `${body}X`;
        return citizenIdCheckChar(body) === 'X' && !checksOf(value).uscc;
      });
    const parsed = failure(parse(`${first17 ?? ''}x`));
    expect(parsed).toMatchObject({ kind: 'citizen-id', code: 'date', overridable: false });
    expectNoLicenceAdvice(parsed.message);
  });

  it('keeps today as a real birth date', () => {
    const first17 = '41040220250615123';
    expect(parse(`${first17}${citizenIdCheckChar(first17) ?? '?'}`)).toMatchObject({
      ok: true,
      kind: 'citizen-id',
    });
  });

  it("takes today as the day in Beijing, whatever the machine's time zone", () => {
    // 00:30 in Beijing on 16 June is still 15 June in UTC (and on a PC set to it).
    const justAfterMidnight = new Date('2025-06-15T16:30:00Z');
    const bornOn = (date: string): string => {
      const first17 = `410402${date}123`;
      return `${first17}${citizenIdCheckChar(first17) ?? '?'}`;
    };
    expect(parseIdentifier(bornOn('20250616'), justAfterMidnight)).toMatchObject({ ok: true });
    expect(failure(parseIdentifier(bornOn('20250617'), justAfterMidnight)).message).toContain('晚于今天');
    // And 23:30 in Beijing on 15 June is already 16 June on a PC set to Tokyo's time: still the 15th here.
    const lateEvening = new Date('2025-06-15T15:30:00Z');
    expect(failure(parseIdentifier(bornOn('20250616'), lateEvening)).message).toContain('晚于今天');
  });

  it.each(['19901301', '19900000', '19900230', '18991231', '20300101'])(
    'a string that fully passes the USCC checks stays a valid USCC (birth date %s)',
    (date) => {
      const value = digitsWith(date, { citizen: true, org: true, uscc: true });
      expect(parse(value)).toEqual({ ok: true, kind: 'uscc', value, warnings: [] });
    },
  );
});

describe('the classification table when the GB 11643 check character is wrong', () => {
  it.each(['19900230', '18991231', '20300101'])(
    'a date-shaped 7–14 (%s) still reads as a mistyped ID number, not overridable',
    (date) => {
      for (const checks of [
        { citizen: false, org: true, uscc: false },
        { citizen: false, org: false, uscc: false },
      ]) {
        const parsed = failure(parse(digitsWith(date, checks)));
        expect(parsed).toMatchObject({ kind: 'citizen-id', code: 'date', overridable: false });
        expect(parsed.message).toMatch(/^身份证号码第7–14位/);
      }
    },
  );

  it('7–14 that are no date: a USCC error, overridable only when the organisation code holds', () => {
    const legacyShaped = failure(parse(digitsWith('19901301', { citizen: false, org: true, uscc: false })));
    expect(legacyShaped).toMatchObject({ kind: 'uscc', code: 'checksum', overridable: true });
    const orgFails = failure(parse(digitsWith('19901301', { citizen: false, org: false, uscc: false })));
    expect(orgFails).toMatchObject({ kind: 'uscc', code: 'checksum', overridable: false });
    const orgFailsAlone = failure(parse(digitsWith('19900000', { citizen: false, org: false, uscc: true })));
    expect(orgFailsAlone).toMatchObject({ kind: 'uscc', code: 'checksum', overridable: false });
  });
});

// demo-s-0001, 平顶山市嵘沐商贸有限公司, on the 政府采购严重违法失信 list (resources/demo/README.md).
const BLACKLISTED = '91410402613341561G';
const replaceAt = (value: string, position: number, char: string): string =>
  `${value.slice(0, position - 1)}${char}${value.slice(position)}`;
const swapAt = (value: string, position: number): string =>
  `${value.slice(0, position - 1)}${value.charAt(position)}${value.charAt(position - 1)}${value.slice(position + 1)}`;

describe('rule 6: the override only for what a real pre-2016 code looks like', () => {
  it('the blacklisted company code is valid as typed', () => {
    expect(parse(BLACKLISTED)).toMatchObject({ ok: true, kind: 'uscc' });
  });

  it.each([
    ['1st', 1, '3'],
    ['3rd', 3, '3'],
    ['8th (region)', 8, '3'],
    ['18th (check character)', 18, '3'],
  ])('a typo in the %s character leaves the organisation code intact: overridable', (_l, position, char) => {
    const typo = replaceAt(BLACKLISTED, position, char);
    const parsed = failure(parse(typo));
    expect(parsed).toMatchObject({ kind: 'uscc', code: 'checksum', overridable: true, value: typo });
    expect(parsed.message).toContain('第18位校验码与前17位不符');
    expect(parsed.message).toContain('核对营业执照原件后可填写理由继续核查');
  });

  it.each([
    ['9th', 9, '3'],
    ['12th', 12, '8'],
    ['15th', 15, '3'],
    ['17th (organisation-code check)', 17, '3'],
  ])('a typo in the %s character breaks the organisation code: refused', (_l, position, char) => {
    const typo = replaceAt(BLACKLISTED, position, char);
    const parsed = failure(parse(typo));
    expect(parsed).toMatchObject({ kind: 'uscc', code: 'checksum', overridable: false, value: typo });
    expect(parsed.message).toContain('第9–17位组织机构代码的校验位不符，第18位校验码也不符');
    expect(parsed.message).toContain('请对照营业执照逐位核对后重新输入');
    expect(parsed.message).not.toContain('核对营业执照原件后可填写理由');
  });

  it('an adjacent transposition inside the organisation code is refused, one before it overridable', () => {
    expect(failure(parse(swapAt(BLACKLISTED, 13)))).toMatchObject({ overridable: false });
    expect(failure(parse(swapAt(BLACKLISTED, 2)))).toMatchObject({ overridable: true });
  });

  it.each([
    ['demo-s-0012', '914104817170164052'],
    ['demo-s-0013', '91410402027710088G'],
    ['demo-s-0014', '91410425524081091C'],
  ])('the legacy demo code of %s stays overridable', (_id, legacy) => {
    expect(checksOf(legacy)).toMatchObject({ org: true, uscc: false });
    expect(failure(parse(legacy))).toMatchObject({ kind: 'uscc', code: 'checksum', overridable: true });
  });

  it('a typo of a legacy code whose organisation code then fails is refused', () => {
    const typo = replaceAt('91410402027710088G', 10, '3');
    expect(checksOf(typo).org).toBe(false);
    const parsed = failure(parse(typo));
    expect(parsed).toMatchObject({ kind: 'uscc', code: 'checksum', overridable: false });
    expect(parsed.message).toContain('组织机构代码的校验位不符');
    expect(parsed.message).not.toContain('核对营业执照原件后可填写理由');
  });

  it('a failing organisation code alone (18th character consistent) is refused too', () => {
    const first17 = replaceAt(BLACKLISTED, 17, '2').slice(0, 17);
    const value = `${first17}${usccCheckChar(first17) ?? '?'}`;
    expect(checksOf(value)).toMatchObject({ org: false, uscc: true });
    const parsed = failure(parse(value));
    expect(parsed).toMatchObject({ kind: 'uscc', code: 'checksum', overridable: false });
    expect(parsed.message).not.toContain('第18位校验码也不符');
  });
});
