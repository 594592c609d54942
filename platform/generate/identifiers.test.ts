import { describe, expect, it } from 'vitest';
import { parseIdentifier } from '../../shared/identifiers';
import { generatedCitizenId, generatedUscc, identifierSpaces, MAX_SUBJECT_NUMBER } from './synthetic';
import { ascendingUniforms } from './subject-picker';

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

describe('generated identifiers', () => {
  it('map numbers one to one: every multiplier is coprime with the size of its space', () => {
    for (const space of identifierSpaces) {
      expect(gcd(space.multiplier, space.size)).toBe(1);
      expect(space.size).toBeGreaterThan(MAX_SUBJECT_NUMBER);
      // Products stay exact in floating point.
      expect(space.size * space.multiplier).toBeLessThan(Number.MAX_SAFE_INTEGER);
    }
  });

  it('are valid, of their kind, and distinct, in every style', () => {
    const seen = new Set<string>();
    const numbers = [0, 1, 2, 3, 999, 1000, 65_535, 500_000, 2_000_000, MAX_SUBJECT_NUMBER];
    for (const n of numbers) {
      const codes = [
        generatedUscc('91', '410402', true, n),
        generatedUscc('91', '410402', false, n),
        generatedUscc('92', '410422', true, n),
        generatedUscc('93', '410423', true, n),
        generatedUscc('12', '410400', false, n),
        generatedUscc('52', '410400', true, n),
        generatedUscc('52', '410400', false, n),
      ];
      for (const code of codes) {
        const parsed = parseIdentifier(code);
        expect(parsed.ok && parsed.kind, code).toBe('uscc');
        seen.add(code);
      }
      const citizen = generatedCitizenId('410425', n).id;
      const parsed = parseIdentifier(citizen);
      expect(parsed.ok && parsed.kind, citizen).toBe('citizen-id');
      seen.add(citizen);
    }
    expect(seen.size).toBe(numbers.length * 8);
  });

  it('never repeat over a run of consecutive numbers', () => {
    const codes = new Set<string>();
    const ids = new Set<string>();
    for (let n = 1; n <= 20_000; n += 1) {
      codes.add(generatedUscc('91', '410402', n % 2 === 0, n));
      ids.add(generatedCitizenId('410402', n).id);
    }
    expect(codes.size).toBe(20_000);
    expect(ids.size).toBe(20_000);
  });
});

describe('ascendingUniforms', () => {
  it('turns uniform draws into an ascending run in [0, 1)', () => {
    const next = ascendingUniforms(1000);
    let previous = 0;
    for (let index = 0; index < 1000; index += 1) {
      const value = next(((index * 7919) % 1000) / 1000);
      expect(value).toBeGreaterThanOrEqual(previous);
      expect(value).toBeLessThan(1);
      previous = value;
    }
    expect(() => next(0.5)).toThrow();
  });
});
