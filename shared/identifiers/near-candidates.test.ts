import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { USCC_CHARSET } from './check-chars';
import { isOneEdit, oneEditVariants, orgCodePart } from './near-candidates';

const CODE = '91410402613341561G';

describe('oneEditVariants', () => {
  it('holds every substitution over the USCC charset and every adjacent transposition, once each', () => {
    const variants = oneEditVariants(CODE);
    // The adjacent equal characters "33" (11th and 12th) give no transposition: 17 − 1.
    expect(variants).toHaveLength(18 * (USCC_CHARSET.length - 1) + 16);
    expect(new Set(variants).size).toBe(variants.length);
    expect(variants).not.toContain(CODE);
    expect(variants).toContain('91410403613341561G'); // 8th character
    expect(variants).toContain('91410402613341561H'); // 18th character
    expect(variants).toContain('19410402613341561G'); // 1st and 2nd swapped
    expect(variants).toContain('9141040261334156G1'); // 17th and 18th swapped
  });

  it('replaces a character outside the charset (a letter O typed for a zero)', () => {
    expect(oneEditVariants('914104O2613341561G')).toContain(CODE);
  });

  it('is empty unless the value has 18 characters', () => {
    expect(oneEditVariants('9141040261334156')).toEqual([]);
    expect(oneEditVariants(`${CODE}1`)).toEqual([]);
  });

  it('yields only strings one edit away (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...USCC_CHARSET.split('')), { minLength: 18, maxLength: 18 }),
        (parts) => {
          const value = parts.join('');
          const variants = oneEditVariants(value);
          expect(variants.length).toBeGreaterThanOrEqual(18 * 30);
          for (const variant of variants) expect(isOneEdit(value, variant)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('isOneEdit', () => {
  it('accepts one substitution or one adjacent transposition, nothing else', () => {
    expect(isOneEdit(CODE, '91410402613841561G')).toBe(true);
    expect(isOneEdit(CODE, '91410402613431561G')).toBe(true);
    expect(isOneEdit(CODE, CODE)).toBe(false);
    expect(isOneEdit(CODE, '91410402613841561H')).toBe(false);
    expect(isOneEdit(CODE, '91410402613143561G')).toBe(false); // 3 and 1 two apart
    expect(isOneEdit(CODE, CODE.slice(0, 17))).toBe(false);
  });
});

describe('orgCodePart', () => {
  it('is positions 9–17 of an 18-character code', () => {
    expect(orgCodePart(CODE)).toBe('613341561');
    expect(orgCodePart('9141040261334156')).toBeNull();
  });
});
