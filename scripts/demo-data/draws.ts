// The demo data set's draws: one sequential stream seeded with SEED (the shared generator's seededDraw), and the
// shared synthetic helpers bound to it. Every draw goes through this one stream, so the output depends only on
// SEED and on the order of the draws. The grade results draw from a stream of their own (gradeDraw), so adding
// or changing them leaves everything else as it was.
import {
  DEMO_NAMES,
  REGIONS,
  dateBetween,
  demoShopRegions,
  drawAddress,
  organisationRegions,
  personName as namedPerson,
  seededDraw,
  tradeName as namedTrade,
  type Region,
} from '../../platform/generate/synthetic/index.ts';
import { SEED } from './config.ts';

export const draw = seededDraw(SEED);
export const { int, chance, pick, pickWeighted } = draw;

/** A uniform day from `from` to `to`, both included. */
export const between = (from: string, to: string): string => dateBetween(draw, from, to);

export const personName = (male?: boolean): string => namedPerson(draw, DEMO_NAMES, male);
const usedTradeNames = new Set<string>();
/** A trade name not given before. */
export const tradeName = (): string => namedTrade(draw, DEMO_NAMES, usedTradeNames);

export const companyRegion = (): Region => pickWeighted(organisationRegions);
export const shopRegion = (): Region => pickWeighted(demoShopRegions);
/** Natural persons are born in any district or county, all alike. */
export const birthRegion = (): Region => pick(REGIONS.filter((region) => region.weights.persons > 0));
export const address = (region: Region): string => drawAddress(draw, region, DEMO_NAMES, 0.3);

/** The grade results' own stream (scripts/demo-data/grades.ts). */
export const gradeDraw = seededDraw(SEED ^ 0x6ade);
