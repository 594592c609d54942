// Seeded randomness for both synthetic data sets: one generator (mulberry32) and one set of draws on it.
// - The demo data set draws everything from one sequential stream (seededDraw), so its output depends only on its
//   seed and on the order of the draws.
// - The city draws every row from a stream of its own, seeded by (seed, table, row number) (rowDraw). A row can
//   then be rebuilt from its number alone, which is what keeps the city generator flat in memory (a record needs
//   its subject's kind and region: they are recomputed, never stored) and what lets a second run continue
//   numbering without replaying the first.

/** Items with weights, summed once so each draw is a short scan without allocation. */
export type Weighted<T> = { items: readonly T[]; cumulative: readonly number[]; total: number };

export function weighted<T>(pairs: readonly (readonly [T, number])[]): Weighted<T> {
  if (pairs.length === 0) throw new Error('weighted: no items');
  let total = 0;
  const cumulative = pairs.map(([, weight]) => (total += weight));
  return { items: pairs.map(([item]) => item), cumulative, total };
}

export type Draw = {
  /** Uniform in [0, 1). */
  next: () => number;
  /** Uniform integer in [min, max]. */
  int: (min: number, max: number) => number;
  chance: (p: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  pickWeighted: <T>(table: Weighted<T>) => T;
};

/** The draws of a mulberry32 generator started at `state`. */
function mulberry32(state: number): Draw {
  let a = state >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  const pickWeighted = <T>(table: Weighted<T>): T => {
    const target = next() * table.total;
    const index = table.cumulative.findIndex((sum) => target < sum);
    return table.items[index === -1 ? table.items.length - 1 : index] as T;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick,
    pickWeighted,
  };
}

/** One sequential stream from a seed (the demo data set). */
export const seededDraw = (seed: number): Draw => mulberry32(seed);

/** A 32-bit integer mix (the murmur3 finaliser): nearby inputs give unrelated outputs. */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The city's streams, one per kind of row; changing a value changes the generated city. */
export const streams = { subject: 1, listEntry: 2, creditRecord: 3, grade: 4 } as const;
export type Stream = (typeof streams)[keyof typeof streams];

/** The draw stream of one row of the city (mulberry32 seeded from seed, stream and row number). */
export function rowDraw(seed: number, stream: Stream, n: number): Draw {
  // n may exceed 2^32 in principle; fold the high part in so distinct rows keep distinct streams.
  return mulberry32(mix(mix(seed >>> 0, stream), mix(n >>> 0, Math.floor(n / 0x1_0000_0000))));
}
