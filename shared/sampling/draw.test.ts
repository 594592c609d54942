import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { drawInspection, type DrawRequest, type InspectionDraw, type InspectionSubject } from './draw';
import { drawCount, InspectionRatios, UNGRADED } from './ratios';

const shippedRatios = InspectionRatios.parse(
  JSON.parse(readFileSync(new URL('../../resources/rules/inspection-ratios.json', import.meta.url), 'utf8')),
);

/** `count` subjects of a grade, ids `<prefix>-000` … */
const subjectsOf = (prefix: string, grade: string | null, count: number): InspectionSubject[] =>
  Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${String(i).padStart(3, '0')}`, grade }));

// Populations where ⌈population × max ratio⌉ / population is the ratio itself: 2/40, 4/20, 6/10, 5/5, 2/10.
const subjects = [
  ...subjectsOf('a', 'A', 40),
  ...subjectsOf('b', 'B', 20),
  ...subjectsOf('c', 'C', 10),
  ...subjectsOf('d', 'D', 5),
  ...subjectsOf('u', null, 10),
];
const inspectors = Array.from({ length: 8 }, (_, i) => ({ id: `insp-${i}` }));

const request = (overrides: Partial<DrawRequest> = {}): DrawRequest => ({
  seed: 'fixed-seed-1',
  subjects,
  inspectors,
  ratios: shippedRatios,
  inspectorsPerSubject: 2,
  ...overrides,
});

const drawn = (overrides: Partial<DrawRequest> = {}): InspectionDraw => {
  const result = drawInspection(request(overrides));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('drawInspection', () => {
  it('records the seed, the algorithm and the table version, and draws per grade by the ceil rule', () => {
    const draw = drawn();
    expect(draw.seed).toBe('fixed-seed-1');
    expect(draw.algorithm).toBe('cyrb128-sfc32-v1/fisher-yates-by-id/ceil');
    expect(draw.ratiosVersion).toBe(shippedRatios.version);
    expect(
      draw.perGrade.map(({ grade, population, ratio, drawn: count }) => [grade, population, ratio, count]),
    ).toEqual([
      ['A', 40, 0.05, 2],
      ['B', 20, 0.2, 4],
      ['C', 10, 0.6, 6],
      ['D', 5, 1, 5],
      [UNGRADED, 10, 0.2, 2],
    ]);
    expect(draw.picked).toHaveLength(19);
    for (const pick of draw.picked) expect(pick.inspectorIds).toHaveLength(2);
  });

  it('gives different draws for different seeds (fixed seeds)', () => {
    const seeds = ['seed-a', 'seed-b', 'seed-c', 'seed-d', 'seed-e'];
    const draws = seeds.map((seed) => JSON.stringify(drawn({ seed }).picked));
    expect(new Set(draws).size).toBe(seeds.length);
  });

  it('uses a chosen ratio within the range, and refuses one outside it or for an unknown grade', () => {
    const draw = drawn({ chosenRatios: { B: 0.05, C: 0.21 } });
    const counts = Object.fromEntries(
      draw.perGrade.map((entry) => [entry.grade, [entry.ratio, entry.drawn]]),
    );
    expect(counts['B']).toEqual([0.05, 1]);
    expect(counts['C']).toEqual([0.21, 3]);
    expect(counts['A']).toEqual([0.05, 2]);

    const tooHigh = drawInspection(request({ chosenRatios: { B: 0.25 } }));
    expect(tooHigh.ok).toBe(false);
    if (!tooHigh.ok) {
      expect(tooHigh.error.code).toBe('BAD_REQUEST');
      expect(tooHigh.error.message).toContain('5%–20%');
    }
    expect(drawInspection(request({ chosenRatios: { C: 0.2 } })).ok).toBe(false);
    expect(drawInspection(request({ chosenRatios: { Z: 0.2 } })).ok).toBe(false);
  });

  it('draws a subject whose grade the table does not know as ungraded, and says so', () => {
    const draw = drawn({ subjects: [...subjectsOf('x', 'AAA', 3), ...subjectsOf('u', null, 2)] });
    expect(draw.unmatchedGrades).toEqual(['AAA']);
    expect(draw.perGrade.find((entry) => entry.grade === UNGRADED)).toMatchObject({
      population: 5,
      drawn: 1,
    });
    for (const pick of draw.picked) expect(pick.grade).toBe(UNGRADED);
  });

  it('refuses a bad seed, repeated ids and too few inspectors', () => {
    const refused = (overrides: Partial<DrawRequest>) => {
      const result = drawInspection(request(overrides));
      return result.ok ? null : result.error.code;
    };
    expect(refused({ seed: '' })).toBe('BAD_REQUEST');
    expect(refused({ seed: 'has space' })).toBe('BAD_REQUEST');
    expect(refused({ seed: '种子' })).toBe('BAD_REQUEST');
    expect(refused({ subjects: [...subjects, { id: 'a-000', grade: 'B' }] })).toBe('BAD_REQUEST');
    expect(refused({ inspectors: [...inspectors, { id: 'insp-0' }] })).toBe('BAD_REQUEST');
    expect(refused({ inspectorsPerSubject: 9 })).toBe('BAD_REQUEST');
    expect(refused({ inspectorsPerSubject: 0 })).toBe('BAD_REQUEST');
    expect(refused({ ratios: { ...shippedRatios, grades: [] } })).toBe('RULES_INVALID');
  });

  it("chooses each subject's inspectors among its own eligible ones, and the pairs differ between subjects", () => {
    const north = ['insp-0', 'insp-1', 'insp-2'];
    const south = ['insp-5', 'insp-6', 'insp-7'];
    const eligible = subjects.map((subject, index) => ({
      ...subject,
      inspectorIds: index % 2 === 0 ? north : [...south].reverse(),
    }));
    const draw = drawn({ subjects: eligible });
    const byId = new Map(eligible.map((subject) => [subject.id, subject.inspectorIds]));
    for (const pick of draw.picked) {
      const allowed = byId.get(pick.subjectId) ?? [];
      for (const id of pick.inspectorIds) expect(allowed).toContain(id);
    }
    const pairs = new Set(draw.picked.map((pick) => [...pick.inspectorIds].sort().join('+')));
    expect(pairs.size).toBeGreaterThan(2);
    // The order of a subject's eligible list does not matter: it is sorted by id first.
    const reordered = eligible.map((subject) => ({
      ...subject,
      inspectorIds: [...subject.inspectorIds].reverse(),
    }));
    expect(drawn({ subjects: reordered })).toEqual(draw);
  });

  it('refuses a subject whose eligible inspectors are unknown or too few', () => {
    const first = subjects[0]!;
    const unknown = drawInspection(request({ subjects: [{ ...first, inspectorIds: ['insp-0', 'nobody'] }] }));
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error.message).toContain('nobody');
    const few = drawInspection(request({ subjects: [{ ...first, inspectorIds: ['insp-0'] }] }));
    expect(few.ok).toBe(false);
    if (!few.ok) expect(few.error.message).toContain('可选的检查人员不足 2 人');
  });

  it('draws nothing from an empty candidate list', () => {
    const draw = drawn({ subjects: [] });
    expect(draw.picked).toEqual([]);
    for (const entry of draw.perGrade) expect(entry).toMatchObject({ population: 0, drawn: 0 });
  });

  it('honours the ratios over 2,000 draws: each subject drawn at its grade rate (±4.5 standard deviations)', () => {
    const runs = 2000;
    const subjectHits = new Map<string, number>();
    const inspectorHits = new Map<string, number>();
    for (let run = 0; run < runs; run++) {
      for (const pick of drawn({ seed: `frequency-${run}` }).picked) {
        subjectHits.set(pick.subjectId, (subjectHits.get(pick.subjectId) ?? 0) + 1);
        for (const id of pick.inspectorIds) inspectorHits.set(id, (inspectorHits.get(id) ?? 0) + 1);
      }
    }
    const rates: Record<string, number> = { A: 0.05, B: 0.2, C: 0.6, D: 1, [UNGRADED]: 0.2 };
    for (const subject of subjects) {
      const rate = rates[subject.grade ?? UNGRADED] ?? Number.NaN;
      const tolerance = 4.5 * Math.sqrt((rate * (1 - rate)) / runs);
      const frequency = (subjectHits.get(subject.id) ?? 0) / runs;
      expect(Math.abs(frequency - rate), `${subject.id}: ${frequency} vs ${rate}`).toBeLessThanOrEqual(
        tolerance,
      );
    }
    // Inspectors: 19 subjects × 2 places each per draw, shared evenly by 8 inspectors.
    const assignments = runs * 19 * 2;
    for (const inspector of inspectors) {
      const share = (inspectorHits.get(inspector.id) ?? 0) / assignments;
      expect(Math.abs(share - 1 / 8)).toBeLessThan(0.005);
    }
  });

  it('keeps the ceil rule for every population', () => {
    for (let population = 0; population <= 60; population++) {
      const draw = drawn({ subjects: subjectsOf('c', 'C', population), chosenRatios: { C: 0.33 } });
      expect(draw.perGrade.find((entry) => entry.grade === 'C')?.drawn).toBe(drawCount(population, 0.33));
      expect(draw.picked).toHaveLength(drawCount(population, 0.33));
    }
  });
});
