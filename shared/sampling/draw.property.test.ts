import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawInspection, type DrawRequest, type InspectionDraw } from './draw';
import { drawCount, InspectionRatios, ratioRange, UNGRADED } from './ratios';

const shippedRatios = InspectionRatios.parse(
  JSON.parse(readFileSync(new URL('../../resources/rules/inspection-ratios.json', import.meta.url), 'utf8')),
);

const seed = fc.stringMatching(/^[\x21-\x7e]{1,40}$/);
const subjects = fc.uniqueArray(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 6 }),
    grade: fc.constantFrom('A', 'B', 'C', 'D', 'X', null),
  }),
  { selector: (subject) => subject.id, maxLength: 60 },
);
const inspectors = fc.uniqueArray(
  fc.string({ minLength: 1, maxLength: 5 }).map((id) => ({ id })),
  { selector: (inspector) => inspector.id, minLength: 3, maxLength: 12 },
);
const request = fc.record({ seed, subjects, inspectors, perSubject: fc.integer({ min: 1, max: 3 }) });

const draw = (input: Omit<DrawRequest, 'ratios'>): InspectionDraw => {
  const result = drawInspection({ ...input, ratios: shippedRatios });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

/** The same list in another order, chosen by fast-check. */
const reordered = <T>(items: readonly T[]) =>
  fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });

describe('drawInspection properties', () => {
  it('gives the identical draw for the same seed and inputs in any order', () => {
    fc.assert(
      fc.property(
        request.chain((input) =>
          fc.tuple(fc.constant(input), reordered(input.subjects), reordered(input.inspectors)),
        ),
        ([input, otherSubjects, otherInspectors]) => {
          const first = draw({ ...input, inspectorsPerSubject: input.perSubject });
          const again = draw({
            seed: input.seed,
            subjects: otherSubjects,
            inspectors: otherInspectors,
            inspectorsPerSubject: input.perSubject,
          });
          expect(again).toEqual(first);
        },
      ),
    );
  });

  it('draws exactly the rounding rule per grade, each subject once, inspectors distinct per subject', () => {
    fc.assert(
      fc.property(request, (input) => {
        const result = draw({ ...input, inspectorsPerSubject: input.perSubject });
        const known = new Set(shippedRatios.grades.map((entry) => entry.grade));
        for (const entry of shippedRatios.grades) {
          const population = input.subjects.filter(
            (subject) =>
              (subject.grade !== null && known.has(subject.grade) ? subject.grade : UNGRADED) === entry.grade,
          ).length;
          const expected = drawCount(population, ratioRange(entry.ratio).max);
          expect(result.perGrade.find((row) => row.grade === entry.grade)).toMatchObject({
            population,
            drawn: expected,
          });
          expect(result.picked.filter((pick) => pick.grade === entry.grade)).toHaveLength(expected);
        }
        const ids = result.picked.map((pick) => pick.subjectId);
        expect(new Set(ids).size).toBe(ids.length);
        const pool = new Set(input.inspectors.map((inspector) => inspector.id));
        for (const pick of result.picked) {
          expect(pick.inspectorIds).toHaveLength(input.perSubject);
          expect(new Set(pick.inspectorIds).size).toBe(input.perSubject);
          for (const id of pick.inspectorIds) expect(pool.has(id)).toBe(true);
        }
      }),
    );
  });
});
