import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseWithoutReplacement, cyrb128, seededRandom, sfc32, WARM_UP } from './prng';

describe('cyrb128 + sfc32', () => {
  it('hashes a seed to four unsigned 32-bit words, the same each time', () => {
    const words = cyrb128('2025-inspection-0001');
    expect(words).toHaveLength(4);
    for (const word of words) expect(word >>> 0).toBe(word);
    expect(cyrb128('2025-inspection-0001')).toEqual(words);
    expect(cyrb128('2025-inspection-0002')).not.toEqual(words);
  });

  it('is the documented construction: sfc32 over cyrb128(seed), first outputs discarded', () => {
    const raw = sfc32(...cyrb128('abc'));
    for (let i = 0; i < WARM_UP; i++) raw();
    const random = seededRandom('abc');
    for (let i = 0; i < 50; i++) expect(random.next()).toBe(raw());
  });

  it('pins the first outputs, so a change of algorithm cannot pass unnoticed', () => {
    // Reference values for a third-party reimplementation (seed "abc", after the warm-up), cross-checked against
    // an independent Python implementation of the steps documented in prng.ts.
    const random = seededRandom('abc');
    expect([random.next(), random.next(), random.next()]).toEqual([287804030, 234779228, 574189896]);
  });
});

describe('below(m)', () => {
  it('stays in [0, m)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.integer({ min: 1, max: 2 ** 32 }), (seed, m) => {
        const value = seededRandom(seed).below(m);
        expect(Number.isInteger(value) && value >= 0 && value < m).toBe(true);
      }),
    );
  });

  it('is roughly uniform (10 buckets, 20,000 values, each within 6% of 2,000)', () => {
    const random = seededRandom('uniformity');
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 20_000; i++) counts[random.below(10)]! += 1;
    for (const count of counts) expect(Math.abs(count - 2000)).toBeLessThan(120);
  });
});

describe('chooseWithoutReplacement', () => {
  it('chooses k distinct items of the pool and leaves the pool as it was', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.uniqueArray(fc.integer(), { maxLength: 30 }),
        fc.nat(40),
        (seed, items, k) => {
          const before = [...items];
          const chosen = chooseWithoutReplacement(seededRandom(seed), items, k);
          expect(chosen).toHaveLength(Math.min(k, items.length));
          expect(new Set(chosen).size).toBe(chosen.length);
          for (const item of chosen) expect(items).toContain(item);
          expect(items).toEqual(before);
        },
      ),
    );
  });
});
