import { describe, expect, it } from 'vitest';
import {
  resultAgainstDraw,
  resultIssues,
  resultMessages,
  sameInspectors,
  type DrawFacts,
} from './result-rules';

const draw: DrawFacts = {
  drawnOn: '2026-11-27',
  inspectorsPerSubject: 2,
  picked: [{ subjectId: 's1', inspectorIds: ['i1', 'i2'] }],
  pool: [
    { id: 's1', inspectorIds: ['i1', 'i2', 'i3'] },
    { id: 's2', inspectorIds: ['i1', 'i4'] },
  ],
};
const drawn = {
  subjectId: 's1',
  inspectorIds: ['i1', 'i2'],
  substitutionReason: null,
  inspectedOn: '2026-11-27',
};
const first = {
  revision: 1,
  correctsId: null,
  correctionReason: null,
  problemFound: false,
  handling: null,
  inspectorIds: ['i1', 'i2'],
};

describe('a result on its own', () => {
  it('needs 处理情况 exactly when a problem was found', () => {
    expect(resultIssues(first)).toEqual([]);
    expect(resultIssues({ ...first, problemFound: true })).toEqual([
      { field: 'handling', message: resultMessages.handlingRequired },
    ]);
    expect(resultIssues({ ...first, problemFound: true, handling: ' ' })).toHaveLength(1);
    expect(resultIssues({ ...first, problemFound: true, handling: '已责令整改' })).toEqual([]);
  });

  it('is a correction from revision 2 on, naming what it corrects and why; never at revision 1', () => {
    expect(resultIssues({ ...first, revision: 2 })).toEqual([
      { field: 'correctionReason', message: resultMessages.correctionReasonRequired },
    ]);
    expect(resultIssues({ ...first, revision: 2, correctsId: 'r1' })).toHaveLength(1);
    expect(resultIssues({ ...first, revision: 2, correctsId: 'r1', correctionReason: '选错' })).toEqual([]);
    expect(resultIssues({ ...first, correctsId: 'r0', correctionReason: '选错' })).toEqual([
      { field: 'correctionReason', message: resultMessages.correctionWithoutBase },
    ]);
  });

  it('never lists an inspector twice', () => {
    expect(resultIssues({ ...first, inspectorIds: ['i1', 'i1'] })).toEqual([
      { field: 'inspectorIds', message: resultMessages.inspectorsRepeated },
    ]);
  });
});

describe('a result against its draw', () => {
  it('takes the drawn inspectors in any order on the draw day', () => {
    expect(resultAgainstDraw(drawn, draw)).toEqual([]);
    expect(resultAgainstDraw({ ...drawn, inspectorIds: ['i2', 'i1'] }, draw)).toEqual([]);
    expect(sameInspectors(['i2', 'i1'], ['i1', 'i2'])).toBe(true);
    expect(sameInspectors(['i1'], ['i1', 'i2'])).toBe(false);
  });

  it('refuses a subject the draw did not pick, even one in its pool', () => {
    expect(resultAgainstDraw({ ...drawn, subjectId: 's2' }, draw)).toEqual([
      { field: 'subjectId', message: resultMessages.subjectNotDrawn },
    ]);
  });

  it('takes a substitute eligible for the subject only with a reason, never one who is not', () => {
    expect(resultAgainstDraw({ ...drawn, inspectorIds: ['i1', 'i3'] }, draw)).toEqual([
      { field: 'substitutionReason', message: resultMessages.substitutionReasonRequired },
    ]);
    expect(
      resultAgainstDraw({ ...drawn, inspectorIds: ['i1', 'i3'], substitutionReason: '病假' }, draw),
    ).toEqual([]);
    // i4 may inspect s2, not s1.
    expect(
      resultAgainstDraw(
        { ...drawn, inspectorIds: ['i1', 'i4'], substitutionReason: '病假' },
        draw,
        (id) => `名${id}`,
      ),
    ).toEqual([{ field: 'inspectorIds', message: resultMessages.inspectorNotEligible('名i4') }]);
    // A third inspector joining the drawn two is a change of the team too.
    expect(resultAgainstDraw({ ...drawn, inspectorIds: ['i1', 'i2', 'i3'] }, draw)).toEqual([
      { field: 'substitutionReason', message: resultMessages.substitutionReasonRequired },
    ]);
  });

  it('needs as many distinct inspectors as the draw gave each subject', () => {
    expect(resultAgainstDraw({ ...drawn, inspectorIds: ['i1'], substitutionReason: '一人' }, draw)).toEqual([
      { field: 'inspectorIds', message: resultMessages.inspectorsTooFew(2) },
    ]);
    expect(
      resultAgainstDraw({ ...drawn, inspectorIds: ['i1', 'i1'], substitutionReason: '重复' }, draw)[0],
    ).toEqual({ field: 'inspectorIds', message: resultMessages.inspectorsTooFew(2) });
  });

  it('is inspected on the draw day or later, not the day before', () => {
    expect(resultAgainstDraw({ ...drawn, inspectedOn: '2026-11-26' }, draw)).toEqual([
      { field: 'inspectedOn', message: resultMessages.inspectedBeforeDraw('2026-11-27') },
    ]);
    expect(resultAgainstDraw({ ...drawn, inspectedOn: '2027-01-05' }, draw)).toEqual([]);
  });
});
