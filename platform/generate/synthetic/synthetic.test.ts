import { describe, expect, it } from 'vitest';
import {
  birthRegions,
  CITY_NAMES,
  DEMO_NAMES,
  demoShopRegions,
  drawnIdentifiers,
  REGIONS,
  seededDraw,
  shopRegions,
  syntheticOrgCode,
  tradeName,
  usccOf,
  weighted,
} from '.';
import { parseIdentifier } from '../../../shared/identifiers';

describe('the shared synthetic-data generator', () => {
  it('gives the city the demo data set’s names and more, in the same order', () => {
    for (const list of ['surnames', 'givenMale', 'givenFemale', 'tradeChars', 'roads'] as const) {
      expect(CITY_NAMES[list].slice(0, DEMO_NAMES[list].length)).toEqual(DEMO_NAMES[list]);
      expect(CITY_NAMES[list].length).toBeGreaterThan(DEMO_NAMES[list].length);
    }
  });

  it('makes trade names of two characters, never repeated when the taken ones are kept', () => {
    const draw = seededDraw(11);
    const taken = new Set<string>();
    const names = Array.from({ length: 500 }, () => tradeName(draw, DEMO_NAMES, taken));
    expect(new Set(names).size).toBe(500);
    for (const name of [...names, tradeName(draw, CITY_NAMES)]) {
      const [first, second] = Array.from(name);
      expect(first).not.toBe(second);
    }
  });

  it('has one row per region of 平顶山, and weights that keep development zones apart', () => {
    expect(new Set(REGIONS.map((region) => region.code)).size).toBe(REGIONS.length);
    for (const region of REGIONS) expect(region.code).toMatch(/^4104\d\d$/);
    const zones = REGIONS.filter((region) => region.developmentZone).map((region) => region.code);
    expect(zones).toEqual(['410471', '410472']);
    const weightOf = (table: typeof shopRegions, code: string): number => {
      const index = table.items.findIndex((region) => region.code === code);
      return (table.cumulative[index] ?? 0) - (table.cumulative[index - 1] ?? 0);
    };
    for (const code of zones) {
      expect(weightOf(shopRegions, code)).toBeGreaterThan(0);
      expect(weightOf(demoShopRegions, code)).toBe(0);
      expect(weightOf(birthRegions, code)).toBe(0);
    }
  });

  it('draws the same from the same seed, and never an item of weight 0', () => {
    const sequence = (seed: number): number[] => {
      const draw = seededDraw(seed);
      return Array.from({ length: 20 }, () => draw.int(0, 1000));
    };
    expect(sequence(5)).toEqual(sequence(5));
    expect(sequence(5)).not.toEqual(sequence(6));
    const draw = seededDraw(7);
    const table = weighted([
      ['a', 1],
      ['never', 0],
      ['b', 3],
    ]);
    const picks = new Set(Array.from({ length: 2000 }, () => draw.pickWeighted(table)));
    expect(picks).toEqual(new Set(['a', 'b']));
  });

  it('draws valid, distinct identifiers; a legacy code fails only its USCC check', () => {
    const identifiers = drawnIdentifiers(seededDraw(3));
    const today = new Date('2026-11-01T00:00:00Z');
    for (let i = 0; i < 200; i += 1) {
      const codes = [
        identifiers.uscc('91', '410402', '2010-05-01'),
        identifiers.uscc('91', '410402', '2020-05-01'),
        identifiers.uscc('92', '410422', '2019-01-01'),
        identifiers.uscc('12', '410400', '2001-01-01'),
        identifiers.uscc('52', '410400', '2018-01-01'),
        identifiers.citizenId('410423', '1980-02-29', i % 2 === 0),
      ];
      for (const code of codes) expect(parseIdentifier(code, today).ok, code).toBe(true);
      expect(parseIdentifier(identifiers.uscc('91', '410481', '2003-01-01', true), today).ok).toBe(false);
    }
    expect(identifiers.used.size).toBe(200 * 7);
  });

  it('numbers organisation-code bodies in base 31: distinct, 8 characters, each a valid code', () => {
    expect([0, 1, 30, 31, 1000].map(syntheticOrgCode)).toEqual([
      '00000000',
      '00000001',
      '0000000Y',
      '00000010',
      '00000118',
    ]);
    const codes = Array.from({ length: 2_000 }, (_, index) => syntheticOrgCode(index * 7_919 + 1_000));
    expect(new Set(codes).size).toBe(codes.length);
    const today = new Date('2026-12-01T00:00:00+08:00');
    for (const code of codes)
      expect(parseIdentifier(usccOf('91', '410400', code), today).ok, code).toBe(true);
  });
});
