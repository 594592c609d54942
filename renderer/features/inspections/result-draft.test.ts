import { describe, expect, it } from 'vitest';
import type { InspectionResults, InspectionResultSubject } from '../../../shared/domain/inspection-result';
import { fixtureResult } from '../../../shared/inspection/inspection.fixtures';
import { resultMessages } from '../../../shared/inspection/result-rules';
import { blankResult, isSubstitution, resultErrorOf, toResultRequest } from './result-draft';
import { resultsTexts } from './results-texts';

const person = (id: string) => ({
  id,
  name: `检查员${id}`,
  badge: `B${id}`,
  department: '新华区市场监督管理局',
});

const subject: InspectionResultSubject = {
  order: 1,
  subjectId: 's1',
  subjectName: '平顶山市鹰城食品有限公司',
  identifier: '91410402MA00000017',
  gradeLabel: '低风险',
  drawnInspectors: [person('i2'), person('i1')],
  eligibleInspectors: [person('i1'), person('i2'), person('i3')],
  current: null,
  history: [],
};

const view: InspectionResults = {
  drawId: 'draw-1',
  number: 'SJ1',
  taskName: '新华区食品经营许可“双随机”抽查',
  regionName: '新华区',
  matterName: '食品经营许可',
  drawnAt: '2026-11-27T09:30:00.000+08:00',
  earliestDay: '2026-11-27',
  today: '2026-12-01',
  outcomes: [
    { code: 'no-problem', label: '未发现问题', problemFound: false },
    { code: 'rectification-ordered', label: '发现问题已责令整改', problemFound: true },
  ],
  outcomesVersion: '1',
  outcomesConfirmed: false,
  subjects: [subject],
  published: [],
  recorded: 0,
  pending: 1,
};

const blank = blankResult(subject, view.today);

describe('the result form', () => {
  it('starts from today and the drawn inspectors, and sends a first result as the core takes it', () => {
    expect(blank).toMatchObject({ inspectedOn: '2026-12-01', inspectorIds: ['i2', 'i1'], outcomeCode: '' });
    expect(isSubstitution(subject, blank)).toBe(false);
    expect(toResultRequest(view, subject, { ...blank, outcomeCode: 'no-problem', handling: '  ' })).toEqual({
      ok: true,
      request: {
        drawId: 'draw-1',
        subjectId: 's1',
        correctsId: null,
        correctionReason: '',
        inspectedOn: '2026-12-01',
        inspectorIds: ['i2', 'i1'],
        substitutionReason: '',
        outcomeCode: 'no-problem',
        handling: '',
      },
    });
  });

  it('marks a missing outcome, 处理情况 for a problem, and a day outside the draw day … today', () => {
    expect(toResultRequest(view, subject, blank)).toEqual({
      ok: false,
      errors: { outcomeCode: resultsTexts.form.outcomeRequired },
    });
    expect(toResultRequest(view, subject, { ...blank, outcomeCode: 'rectification-ordered' })).toEqual({
      ok: false,
      errors: { handling: resultMessages.handlingRequired },
    });
    const day = (inspectedOn: string) =>
      toResultRequest(view, subject, { ...blank, outcomeCode: 'no-problem', inspectedOn });
    expect(day('2026-11-26')).toEqual({
      ok: false,
      errors: { inspectedOn: resultMessages.inspectedBeforeDraw('2026-11-27') },
    });
    expect(day('2026-11-27').ok).toBe(true);
    expect(day('2026-12-01').ok).toBe(true);
    expect(day('2026-12-02')).toEqual({
      ok: false,
      errors: { inspectedOn: resultMessages.inspectedInFuture },
    });
    expect(day('')).toEqual({ ok: false, errors: { inspectedOn: resultsTexts.form.dayRequired } });
  });

  it('asks for the reason of a substitution, and sends it only then', () => {
    const swapped = { ...blank, outcomeCode: 'no-problem', inspectorIds: ['i1', 'i3'] };
    expect(isSubstitution(subject, swapped)).toBe(true);
    expect(toResultRequest(view, subject, swapped)).toEqual({
      ok: false,
      errors: { substitutionReason: resultMessages.substitutionReasonRequired },
    });
    const sent = toResultRequest(view, subject, { ...swapped, substitutionReason: ' 病假 ' });
    expect(sent.ok && sent.request.substitutionReason).toBe('病假');
    const reordered = toResultRequest(view, subject, {
      ...blank,
      outcomeCode: 'no-problem',
      inspectorIds: ['i1', 'i2'],
      substitutionReason: '多余',
    });
    expect(reordered.ok && reordered.request.substitutionReason).toBe('');
    expect(
      toResultRequest(view, subject, {
        ...blank,
        outcomeCode: 'no-problem',
        inspectorIds: ['i1'],
        substitutionReason: 'x',
      }),
    ).toEqual({
      ok: false,
      errors: { inspectorIds: resultMessages.inspectorsTooFew(2) },
    });
  });

  it('corrects the current result, starting from it, with a reason', () => {
    const current = fixtureResult({ id: 'r1', subjectId: 's1' });
    const recorded = { ...subject, current, history: [current] };
    const fields = blankResult(recorded, view.today);
    expect(fields).toMatchObject({
      outcomeCode: 'no-problem',
      inspectedOn: '2026-12-01',
      correctionReason: '',
    });
    expect(toResultRequest(view, recorded, fields)).toEqual({
      ok: false,
      errors: { correctionReason: resultMessages.correctionReasonRequired },
    });
    const sent = toResultRequest(view, recorded, { ...fields, correctionReason: '选错结果' });
    expect(sent.ok && sent.request).toMatchObject({ correctsId: 'r1', correctionReason: '选错结果' });
  });

  it('refuses what the core would refuse: direction-changing characters', () => {
    expect(
      toResultRequest(view, subject, {
        ...blank,
        outcomeCode: 'rectification-ordered',
        handling: '已整改\u202e',
      }),
    ).toMatchObject({ ok: false, errors: { handling: expect.stringContaining('文字方向') as string } });
  });

  it("puts the core's refusals under their fields, and says plainly when none can take it", () => {
    expect(
      resultErrorOf({
        code: 'INSPECTION_RESULT_INVALID',
        message: 'x',
        details: [{ field: 'handling', message: resultMessages.handlingRequired }],
      }),
    ).toEqual({
      errors: { handling: resultMessages.handlingRequired },
      message: resultsTexts.form.checkMarked,
    });
    expect(
      resultErrorOf({
        code: 'BAD_REQUEST',
        message: 'handling：…',
        details: [{ path: ['handling'], message: '太长' }],
      }),
    ).toEqual({ errors: { handling: '太长' }, message: resultsTexts.form.checkMarked });
    expect(
      resultErrorOf({
        code: 'BAD_REQUEST',
        message: 'drawId：…',
        details: [{ path: ['drawId'], message: '?' }],
      }),
    ).toEqual({
      errors: {},
      message: resultsTexts.form.badRequest,
    });
    expect(resultErrorOf({ code: 'INSPECTION_RESULT_STALE', message: '已被更新' })).toEqual({
      errors: {},
      message: '已被更新',
    });
  });
});
