import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citizenIdCheckChar, orgCodeCheckChar, USCC_CHARSET, usccCheckChar } from './identifiers/check-chars';
import { parseIdentifier } from './identifiers';

// Issue 10, rules 6 and 7, over generated strings (the boundaries are in identifiers.rules.test.ts).
const TODAY = new Date(2025, 5, 15);

const usccChar = fc.constantFrom(...USCC_CHARSET.split(''));
const digit = fc.constantFrom(...'0123456789'.split(''));
const chars = (arb: fc.Arbitrary<string>, length: number): fc.Arbitrary<string> =>
  fc.array(arb, { minLength: length, maxLength: length }).map((parts) => parts.join(''));
const pad = (value: number, length: number): string => String(value).padStart(length, '0');
const lastDayOf = (year: number, month: number): number =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

/** YYYYMMDD parts that are no birth date: no such month or day, before 1900, or after TODAY (2025-06-15). */
const impossibleDate = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 1900, max: 2025 }),
      fc.constantFrom(0, 13, 20, 31, 99),
      fc.integer({ min: 1, max: 31 }),
    )
    .map(([year, month, day]) => `${year}${pad(month, 2)}${pad(day, 2)}`),
  fc
    .tuple(fc.integer({ min: 1900, max: 2025 }), fc.integer({ min: 1, max: 12 }))
    .map(([year, month]) => `${year}${pad(month, 2)}00`),
  fc
    .tuple(
      fc.integer({ min: 1900, max: 2025 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 68 }),
    )
    .map(([year, month, extra]) => {
      const day = Math.min(99, lastDayOf(year, month) + extra);
      return `${year}${pad(month, 2)}${pad(day, 2)}`;
    }),
  fc
    .tuple(
      fc.integer({ min: 0, max: 1899 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
    )
    .map(([year, month, day]) => `${pad(year, 4)}${pad(month, 2)}${pad(day, 2)}`),
  fc
    .integer({ min: 1, max: 365 * 70 })
    .map((days) =>
      new Date(Date.UTC(2025, 5, 15) + days * 86_400_000).toISOString().slice(0, 10).replaceAll('-', ''),
    ),
);

/** 18 digits (or 17 + X) with a right GB 11643 check character and an impossible birth date. */
const idWithImpossibleDate = fc
  .tuple(chars(digit, 6), impossibleDate, chars(digit, 3))
  .map(([region, date, sequence]) => {
    const first17 = `${region}${date}${sequence}`;
    return `${first17}${citizenIdCheckChar(first17) ?? '?'}`;
  });

const passesUscc = (value: string): boolean =>
  usccCheckChar(value.slice(0, 17)) === value.charAt(17) &&
  orgCodeCheckChar(value.slice(8, 16)) === value.charAt(16);
const orgHolds = (value: string): boolean => orgCodeCheckChar(value.slice(8, 16)) === value.charAt(16);

/**
 * A valid USCC with two letters in its organisation code: after one substitution a letter is left, so neither it
 * nor its typos can be read as an ID number.
 */
const letteredUscc = fc
  .tuple(chars(usccChar, 2), chars(digit, 6), chars(usccChar, 8))
  .filter(([, , orgBody]) => (orgBody.match(/[A-Z]/g) ?? []).length >= 2)
  .map(([head, region, orgBody]) => {
    const first17 = `${head}${region}${orgBody}${orgCodeCheckChar(orgBody) ?? '?'}`;
    return `${first17}${usccCheckChar(first17) ?? '?'}`;
  });

describe('rule 7 properties', () => {
  it('an ID number with a right check character and an impossible birth date is never a USCC to override', () => {
    fc.assert(
      fc.property(idWithImpossibleDate, (value) => {
        const parsed = parseIdentifier(value, TODAY);
        if (passesUscc(value)) {
          // Both USCC checks hold: the existing rule, a valid USCC.
          expect(parsed).toMatchObject({ ok: true, kind: 'uscc' });
          return;
        }
        expect(parsed).toMatchObject({ ok: false, kind: 'citizen-id', code: 'date', overridable: false });
        if (!parsed.ok) {
          expect(parsed.message).toContain(`出生日期「${value.slice(6, 14)}」`);
          expect(parsed.message).not.toMatch(/统一社会信用代码|营业执照|填写理由/);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('rule 6 properties', () => {
  it('one substitution outside 9–17 of a valid code is overridable; inside, only if GB 11714 still holds', () => {
    fc.assert(
      fc.property(
        letteredUscc,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: USCC_CHARSET.length - 1 }),
        (value, position, shift) => {
          const original = USCC_CHARSET.indexOf(value.charAt(position));
          const replacement = USCC_CHARSET.charAt((original + shift) % USCC_CHARSET.length);
          const typo = `${value.slice(0, position)}${replacement}${value.slice(position + 1)}`;
          const parsed = parseIdentifier(typo, TODAY);
          // GB 32100 catches every single substitution (31 is prime, no weight is a multiple of it).
          expect(parsed).toMatchObject({ ok: false, kind: 'uscc', code: 'checksum' });
          const insideOrgCode = position >= 8 && position <= 16;
          if (!parsed.ok) expect(parsed.overridable).toBe(insideOrgCode ? orgHolds(typo) : true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('one adjacent transposition of a valid code is caught; overridable only if GB 11714 still holds', () => {
    fc.assert(
      fc.property(letteredUscc, fc.integer({ min: 0, max: 16 }), (value, position) => {
        fc.pre(value.charAt(position) !== value.charAt(position + 1));
        const swapped = `${value.slice(0, position)}${value.charAt(position + 1)}${value.charAt(position)}${value.slice(position + 2)}`;
        const parsed = parseIdentifier(swapped, TODAY);
        expect(parsed).toMatchObject({ ok: false, kind: 'uscc', code: 'checksum' });
        if (!parsed.ok) expect(parsed.overridable).toBe(orgHolds(swapped));
      }),
      { numRuns: 1000 },
    );
  });

  it('a code whose organisation code fails is never overridable, whatever its 18th character', () => {
    fc.assert(
      fc.property(chars(usccChar, 16), usccChar, usccChar, (first16, orgCheck, last) => {
        const value = `${first16}${orgCheck}${last}`;
        fc.pre(!orgHolds(value));
        const parsed = parseIdentifier(value, TODAY);
        expect(parsed.ok && parsed.kind === 'uscc').toBe(false);
        if (!parsed.ok) expect(parsed.overridable).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
