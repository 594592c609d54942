/**
 * The seeded random source of the fuzz tests (mulberry32): the same seed gives the same campaign, so a failure
 * names its seed and request number and replays exactly. Printed in each test's name.
 */
export type FuzzRandom = {
  /** Uniform in [0, 1). */
  next: () => number;
  /** Uniform integer in [min, max]. */
  int: (min: number, max: number) => number;
  chance: (p: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
};

export function fuzzRandom(seed: number): FuzzRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick: no items');
      return items[int(0, items.length - 1)] as T;
    },
  };
}

/**
 * Strings a hostile caller sends where text is expected: the characters the free-text schema refuses (lone
 * surrogates, NUL and other controls, bidi overrides and isolates, zero-width), a megabyte, markup, SQL,
 * format strings, and prototype keys.
 */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u3000',
  'CG-2026-\ud800',
  '\udc00abc',
  'a\u0000b',
  '\u0007\u001b[31m',
  '名称\u202e\u2066反转\u2069',
  '零\u200b宽\u200c字\u200d符\u2060\ufeff',
  "'; DROP TABLE checks; --",
  '<script>alert(1)</script>',
  '%s%s%n%x',
  '__proto__',
  'constructor',
  '../../../../etc/passwd',
  '\r\n\r\nHTTP/1.1 200 OK',
  '9'.repeat(400),
  '𠀀'.repeat(50),
];

/** A string of n random UTF-16 code units, lone surrogates and controls included. */
export function randomUnits(random: FuzzRandom, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += String.fromCharCode(random.int(0, 0xffff));
  return text;
}
