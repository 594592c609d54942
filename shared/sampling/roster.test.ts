import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { regions } from '../domain/regions';
import { eligibleInspectors, InspectorRoster, regionCovers } from './roster';

const shipped = InspectorRoster.parse(
  JSON.parse(readFileSync(new URL('../../resources/rules/inspector-roster.json', import.meta.url), 'utf8')),
);

describe('the inspector roster', () => {
  it('ships as a demo roster every district can draw two inspectors from for a licence matter', () => {
    expect(shipped.demo).toBe(true);
    for (const { code: district } of regions)
      expect(eligibleInspectors(shipped, district, 'licensing').length).toBeGreaterThanOrEqual(2);
  });

  it('covers a district from the district itself or from the city code above it, nothing else', () => {
    expect(regionCovers('410402', '410402')).toBe(true);
    expect(regionCovers('410400', '410482')).toBe(true);
    expect(regionCovers('410000', '410482')).toBe(true);
    expect(regionCovers('410402', '410403')).toBe(false);
    expect(regionCovers('410402', '410400')).toBe(false);
    expect(regionCovers('410300', '410402')).toBe(false);
  });

  it('keeps to the matter categories an inspector may inspect', () => {
    const finance = eligibleInspectors(shipped, '410402', 'procurement');
    expect(finance.length).toBeGreaterThan(0);
    expect(finance.every((inspector) => inspector.matterCategories.includes('procurement'))).toBe(true);
  });

  it('refuses a repeated inspector id or a bad region code', () => {
    const [first] = shipped.inspectors;
    if (first === undefined) throw new Error('empty roster');
    expect(InspectorRoster.safeParse({ ...shipped, inspectors: [first, first] }).success).toBe(false);
    expect(
      InspectorRoster.safeParse({ ...shipped, inspectors: [{ ...first, regions: ['4104'] }] }).success,
    ).toBe(false);
  });
});
