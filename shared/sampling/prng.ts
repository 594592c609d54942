/**
 * The seeded random source of an inspection draw (双随机), written out so a third party can reproduce a draw
 * from its recorded seed in any language:
 *
 * 1. **Seed → state**: the seed is a string of printable ASCII (0x21–0x7E, so its UTF-16 code units are its
 *    bytes). It is hashed with cyrb128 (bryc, public domain) into four unsigned 32-bit words `a, b, c, d`.
 * 2. **Generator**: sfc32 (Chris Doty-Humphrey's Small Fast Counter, from PractRand) over those four words; each
 *    step yields one unsigned 32-bit integer. The first {@link WARM_UP} outputs are discarded.
 * 3. **Integer below m**: rejection sampling, so every value is exactly equally likely: with
 *    `limit = 2^32 − (2^32 mod m)`, take outputs until one is `< limit`, and answer it `mod m`.
 * 4. **Choosing k of n**: a partial Fisher–Yates shuffle of the n items in a defined order: for
 *    `i = 0 … k−1`, `j = i + below(n − i)`, swap items i and j; the first k items are chosen, in that order.
 *
 * All arithmetic is 32-bit: `imul` is the low 32 bits of the product, `>>>` a logical shift, `|0` wraps.
 */
export const PRNG_ALGORITHM = 'cyrb128-sfc32-v1';

/** Outputs discarded after seeding, so nearby seeds have no visible correlation in the first draws. */
export const WARM_UP = 12;

const TWO_32 = 0x1_0000_0000;

/** Printable ASCII without space: the seed's code units are then plainly its bytes. */
export const SEED_PATTERN = /^[\x21-\x7e]{1,200}$/;

/** cyrb128: a 128-bit hash of a string, as four unsigned 32-bit words. */
export function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** sfc32 over a 128-bit state; each call returns an unsigned 32-bit integer. */
export function sfc32(seedA: number, seedB: number, seedC: number, seedD: number): () => number {
  let a = seedA | 0;
  let b = seedB | 0;
  let c = seedC | 0;
  let d = seedD | 0;
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
}

export type SeededRandom = {
  /** The next unsigned 32-bit output. */
  next: () => number;
  /** A uniform integer in [0, m), m a positive integer ≤ 2^32 (rejection sampling, no modulo bias). */
  below: (m: number) => number;
};

/** The random source of one draw. The seed must match {@link SEED_PATTERN} (checked by the caller). */
export function seededRandom(seed: string): SeededRandom {
  const next = sfc32(...cyrb128(seed));
  for (let i = 0; i < WARM_UP; i++) next();
  const below = (m: number): number => {
    if (!Number.isInteger(m) || m < 1 || m > TWO_32) throw new RangeError(`below(${m})`);
    const limit = TWO_32 - (TWO_32 % m);
    for (;;) {
      const x = next();
      if (x < limit) return x % m;
    }
  };
  return { next, below };
}

/**
 * k items of `items` chosen without replacement by a partial Fisher–Yates shuffle (step 4 above), in the order
 * they were chosen. `items` is not modified; its order is part of the definition, so callers sort it first.
 */
export function chooseWithoutReplacement<T>(random: SeededRandom, items: readonly T[], k: number): T[] {
  const pool = [...items];
  const count = Math.min(Math.max(0, k), pool.length);
  for (let i = 0; i < count; i++) {
    const j = i + random.below(pool.length - i);
    const held = pool[i] as T;
    pool[i] = pool[j] as T;
    pool[j] = held;
  }
  return pool.slice(0, count);
}
