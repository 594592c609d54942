import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citizenIdCheckChar, orgCodeCheckChar, USCC_CHARSET, usccCheckChar } from './identifiers/check-chars';
import { maskIdentifier, normaliseIdentifier, parseIdentifier, type ParsedIdentifier } from './identifiers';

const TODAY = new Date(2025, 5, 15);
const DAY_MS = 86_400_000;
const FIRST_BIRTH_DAY = Date.UTC(1900, 0, 1);
const LAST_BIRTH_DAY = Date.UTC(2025, 5, 15);

const usccChar = fc.constantFrom(...USCC_CHARSET.split(''));
const digit = fc.constantFrom(...'0123456789'.split(''));
const chars = (arb: fc.Arbitrary<string>, length: number): fc.Arbitrary<string> =>
  fc.array(arb, { minLength: length, maxLength: length }).map((parts) => parts.join(''));

/** Registration dept + category + 6-digit region + org code with its GB 11714 check + GB 32100 check char. */
const validUscc = fc
  .tuple(chars(usccChar, 2), chars(digit, 6), chars(usccChar, 8))
  .map(([head, region, orgBody]) => {
    const first17 = `${head}${region}${orgBody}${orgCodeCheckChar(orgBody) ?? '?'}`;
    return `${first17}${usccCheckChar(first17) ?? '?'}`;
  });

const birthDate = fc
  .integer({ min: 0, max: (LAST_BIRTH_DAY - FIRST_BIRTH_DAY) / DAY_MS })
  .map((days) => new Date(FIRST_BIRTH_DAY + days * DAY_MS).toISOString().slice(0, 10).replaceAll('-', ''));

const validCitizenId = fc
  .tuple(chars(digit, 6), birthDate, chars(digit, 3))
  .map(([region, date, sequence]) => {
    const first17 = `${region}${date}${sequence}`;
    return `${first17}${citizenIdCheckChar(first17) ?? '?'}`;
  });

/** Strings near the real thing, so the arbitrary-input properties reach the deep branches, not only 'length'. */
const nearIdentifier = fc
  .array(fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZx ０１Ｘｘ\u3000-'.split('')), {
    minLength: 15,
    maxLength: 20,
  })
  .map((parts) => parts.join(''));

/**
 * What a real pre-2016 code looks like, the one shape the clerk may override: a USCC checksum failure whose
 * organisation code (9–17) passes GB 11714, so only the 18th character fails (issue 10, rule 6).
 */
function legacyShaped(parsed: Extract<ParsedIdentifier, { ok: false }>): boolean {
  const { value } = parsed;
  return (
    parsed.kind === 'uscc' &&
    parsed.code === 'checksum' &&
    orgCodeCheckChar(value.slice(8, 16)) === value.charAt(16) &&
    usccCheckChar(value.slice(0, 17)) !== value.charAt(17)
  );
}

function expectWellFormed(parsed: ParsedIdentifier): void {
  expect(typeof parsed.value).toBe('string');
  if (parsed.ok) {
    expect(Object.keys(parsed).sort()).toEqual(['kind', 'ok', 'value', 'warnings']);
    expect(['uscc', 'citizen-id']).toContain(parsed.kind);
    expect(Array.from(parsed.value)).toHaveLength(18);
    for (const warning of parsed.warnings) expect(warning.message.length).toBeGreaterThan(0);
  } else {
    expect(Object.keys(parsed).sort()).toEqual(['code', 'kind', 'message', 'ok', 'overridable', 'value']);
    expect(['uscc', 'citizen-id', 'unknown']).toContain(parsed.kind);
    expect(['length', 'format', 'checksum', 'date']).toContain(parsed.code);
    expect(parsed.message.length).toBeGreaterThan(0);
    // Only a legacy-shaped USCC failure may be overridden (with a reason); everything else is a typing error.
    expect(parsed.overridable).toBe(legacyShaped(parsed));
  }
}

describe('identifier properties', () => {
  it('accepts every USCC built with correct org-code and USCC check chars', () => {
    fc.assert(
      fc.property(validUscc, (value) => {
        const parsed = parseIdentifier(value, TODAY);
        expect(parsed).toMatchObject({ ok: true, value });
        // An all-digit USCC may also be a valid citizen ID; then, and only then, it is flagged as ambiguous.
        if (parsed.ok && parsed.kind !== 'uscc') {
          expect(parsed.warnings.map((warning) => warning.code)).toContain('ambiguous');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('classifies a built USCC containing a letter (other than a final X) as uscc', () => {
    fc.assert(
      fc.property(
        validUscc.filter((value) => /[A-Z]/.test(value.slice(0, 17)) || /[A-WY]$/.test(value)),
        (value) => {
          expect(parseIdentifier(value, TODAY)).toEqual({ ok: true, kind: 'uscc', value, warnings: [] });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('rejects any single-character change to a valid USCC (unless it becomes a valid citizen ID)', () => {
    fc.assert(
      fc.property(
        validUscc,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: USCC_CHARSET.length - 1 }),
        (value, position, shift) => {
          // Shifting by 1–30 within the 31-char set always yields a different charset character.
          const original = USCC_CHARSET.indexOf(value.charAt(position));
          const replacement = USCC_CHARSET.charAt((original + shift) % USCC_CHARSET.length);
          const mutated = `${value.slice(0, position)}${replacement}${value.slice(position + 1)}`;
          expect(mutated).not.toBe(value);
          const parsed = parseIdentifier(mutated, TODAY);
          expectWellFormed(parsed);
          expect(parsed.ok && parsed.kind === 'uscc').toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('accepts every citizen ID with a real birth date and a correct check char', () => {
    fc.assert(
      fc.property(validCitizenId, (value) => {
        const parsed = parseIdentifier(value, TODAY);
        expect(parsed).toMatchObject({ ok: true, kind: 'citizen-id', value });
        expect(maskIdentifier(value, 'citizen-id')).toBe(`${value.slice(0, 6)}********${value.slice(14)}`);
      }),
      { numRuns: 500 },
    );
  });

  it('accepts a citizen ID with a lower-case x and warns about it', () => {
    fc.assert(
      fc.property(
        validCitizenId.filter((value) => value.endsWith('X')),
        (value) => {
          const parsed = parseIdentifier(value.toLowerCase(), TODAY);
          expect(parsed).toMatchObject({ ok: true, kind: 'citizen-id', value });
          if (parsed.ok) expect(parsed.warnings.map((warning) => warning.code)).toContain('lowercase-x');
        },
      ),
      { numRuns: 100 },
    );
  });

  it('never throws and always returns one of the two shapes', () => {
    const anyInput = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: 'binary', minLength: 18, maxLength: 18 }),
      nearIdentifier,
    );
    fc.assert(
      fc.property(anyInput, fc.date({ noInvalidDate: false }), (raw, today) => {
        expectWellFormed(parseIdentifier(raw, today));
        expect(typeof maskIdentifier(raw, null)).toBe('string');
      }),
      { numRuns: 2000 },
    );
  });

  it('parses the raw input and its normalised form alike', () => {
    fc.assert(
      fc.property(fc.oneof(nearIdentifier, fc.string({ unit: 'binary', maxLength: 24 })), (raw) => {
        const fromRaw = parseIdentifier(raw, TODAY);
        const fromValue = parseIdentifier(normaliseIdentifier(raw), TODAY);
        expect(fromValue.ok).toBe(fromRaw.ok);
        expect(fromValue.kind).toBe(fromRaw.kind);
        expect(fromValue.value).toBe(fromRaw.value);
        expect(fromRaw.value).toBe(normaliseIdentifier(raw));
      }),
      { numRuns: 1000 },
    );
  });

  it('normalises idempotently', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), nearIdentifier),
        (raw) => {
          const once = normaliseIdentifier(raw);
          expect(normaliseIdentifier(once)).toBe(once);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('normalises every single code point idempotently', () => {
    // Exhaustive over code points: random strings rarely hit the few Greek letters whose upper case needs a
    // second NFKC pass (U+0390, U+03B0, U+1FD2 …), which is exactly the bug this guards against.
    const unstable: string[] = [];
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint += 1) {
      const once = normaliseIdentifier(String.fromCodePoint(codePoint));
      if (normaliseIdentifier(once) !== once) unstable.push(codePoint.toString(16));
    }
    expect(unstable).toEqual([]);
  });
});
