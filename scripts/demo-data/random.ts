// Seeded randomness: a mulberry32 PRNG seeded with SEED, and the draws built on it. Every draw of the generator goes
// through this one stream, so the output depends only on SEED and on the order of the draws. The grade results
// draw from a stream of their own (gradeDraws), so adding or changing them leaves everything else as it was.
import { SEED } from './config.ts';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function drawsOf(random: () => number) {
  const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  const chance = (p: number): boolean => random() < p;
  function pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  function weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let r = random() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    const last = items[items.length - 1];
    if (last === undefined) throw new Error('weighted pick from an empty list');
    return last[0];
  }
  return { int, chance, pick, weighted };
}

export const { int, chance, pick, weighted } = drawsOf(mulberry32(SEED));

/** The grade results' own stream (scripts/demo-data/grades.ts). */
export const gradeDraws = drawsOf(mulberry32(SEED ^ 0x6ade));
