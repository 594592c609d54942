// The demo data set's draws: one sequential stream seeded with SEED (the shared generator's seededDraw), and the
// shared synthetic helpers bound to it. Every draw goes through this one stream, so the output depends only on
// SEED and on the order of the draws. The grade results draw from a stream of their own (gradeDraw), so adding
// or changing them leaves everything else as it was.
import { dateBetween, seededDraw } from '../../platform/generate/synthetic/index.ts';
import { SEED } from './config.ts';

export const draw = seededDraw(SEED);
export const { int, chance, pick, pickWeighted } = draw;

/** A uniform day from `from` to `to`, both included. */
export const between = (from: string, to: string): string => dateBetween(draw, from, to);

/** The grade results' own stream (scripts/demo-data/grades.ts). */
export const gradeDraw = seededDraw(SEED ^ 0x6ade);
