// Checks the shipped inspection-ratio table against its schema, and the schema's refusals.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { drawCount, InspectionRatios, ratioRange, UNGRADED } from './ratios';

const raw = JSON.parse(
  readFileSync(new URL('../../resources/rules/inspection-ratios.json', import.meta.url), 'utf8'),
) as unknown;

const base = {
  version: 't',
  basis: 'test',
  confirmed: false,
  grades: [
    { grade: 'A', label: '低风险', ratio: 0.05 },
    { grade: UNGRADED, label: '未分类', ratio: 0.1 },
  ],
};
const withGrades = (grades: unknown[]): unknown => ({ ...base, grades });

describe('resources/rules/inspection-ratios.json', () => {
  const table = InspectionRatios.parse(raw);

  it('is the county example of DOMAIN.md, unconfirmed, with an assumed ratio for ungraded subjects', () => {
    expect(table.confirmed).toBe(false);
    expect(table.note).toContain('示例');
    expect(table.grades.map((entry) => [entry.grade, entry.label, ratioRange(entry.ratio)])).toEqual([
      ['A', '低风险', { min: 0, max: 0.05 }],
      ['B', '一般风险', { min: 0.05, max: 0.2 }],
      ['C', '较高风险', { min: 0.21, max: 0.6 }],
      ['D', '高风险', { min: 0.61, max: 1 }],
      [UNGRADED, '未分类', { min: 0.05, max: 0.2 }],
    ]);
    expect(table.grades.find((entry) => entry.grade === UNGRADED)?.note).toContain('假设');
  });
});

describe('InspectionRatios', () => {
  it('accepts a fixed ratio or a range', () => {
    expect(InspectionRatios.safeParse(base).success).toBe(true);
    const ranged = withGrades([
      { grade: 'A', label: '低', ratio: { min: 0.1, max: 0.1 } },
      { grade: UNGRADED, label: '未分类', ratio: { min: 0, max: 1 } },
    ]);
    expect(InspectionRatios.safeParse(ranged).success).toBe(true);
  });

  it('refuses a range with min > max', () => {
    const table = withGrades([
      { grade: 'A', label: '低', ratio: { min: 0.3, max: 0.2 } },
      { grade: UNGRADED, label: '未分类', ratio: 0.1 },
    ]);
    expect(InspectionRatios.safeParse(table).success).toBe(false);
  });

  it.each([1.2, -0.1, { min: -0.1, max: 0.5 }, { min: 0.5, max: 1.01 }, Number.NaN, '0.5'])(
    'refuses the ratio %o (outside 0–1 or not a number)',
    (ratio) => {
      const table = withGrades([
        { grade: 'A', label: '低', ratio },
        { grade: UNGRADED, label: '未分类', ratio: 0.1 },
      ]);
      expect(InspectionRatios.safeParse(table).success).toBe(false);
    },
  );

  it('refuses a table without an ungraded entry, or with a grade twice', () => {
    expect(InspectionRatios.safeParse(withGrades([{ grade: 'A', label: '低', ratio: 0.1 }])).success).toBe(
      false,
    );
    const twice = withGrades([
      { grade: 'A', label: '低', ratio: 0.1 },
      { grade: 'A', label: '低', ratio: 0.2 },
      { grade: UNGRADED, label: '未分类', ratio: 0.1 },
    ]);
    expect(InspectionRatios.safeParse(twice).success).toBe(false);
  });
});

describe('drawCount (ceil, at least one from a non-empty grade with a ratio above 0)', () => {
  it.each([
    [0, 0.5, 0],
    [10, 0, 0],
    [1, 0.01, 1],
    [40, 0.05, 2],
    [41, 0.05, 3],
    [100, 0.07, 7],
    [3, 0.21, 1],
    [7, 0.6, 5],
    [9, 1, 9],
  ])('population %i at ratio %f draws %i', (population, ratio, expected) => {
    expect(drawCount(population, ratio)).toBe(expected);
  });
});
