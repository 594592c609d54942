import { describe, expect, it } from 'vitest';
import { resultMessages } from '../../../shared/inspection/result-rules';
import { signInForTests } from '../auth/test-session';
import { DRAW_DAY, useDrawnCore } from './results.fixtures';

// The rules of a 检查结果 and the hostile calls, through the one dispatch both hosts use, on a real SQLite cache.
const { current, refusedBy, pickAt, request, record, count } = useDrawnCore();

describe('the rules of a result', () => {
  const eligibleOthers = (index: number) => {
    const pick = pickAt(index);
    const eligible = current().draw.pool.find((subject) => subject.id === pick.subjectId)?.inspectorIds ?? [];
    return eligible.filter((id) => !pick.inspectorIds.includes(id));
  };

  it('requires 处理情况 when a problem was found, and only then', async () => {
    const missing = await refusedBy(
      'inspections:record-result',
      request(0, { outcomeCode: 'rectification-ordered' }),
    );
    expect(missing).toMatchObject({ code: 'INSPECTION_RESULT_INVALID', details: [{ field: 'handling' }] });
    const blank = await refusedBy(
      'inspections:record-result',
      request(0, { outcomeCode: 'case-filed', handling: '   ' }),
    );
    expect(blank).toMatchObject({ details: [{ field: 'handling' }] });
    const done = await record(0, {
      outcomeCode: 'rectification-ordered',
      handling:
        '未按规定公示许可证，已当场责令改正；\n复查时已整改（公民身份号码 11010519491231002X 的经营者到场）',
    });
    expect(done.published[0]?.outcome).toBe('发现问题已责令整改');
    // Published with the citizen ID masked; stored as written.
    expect(done.published[0]?.handling).toContain('110105********002X');
    expect(done.subjects[0]?.current?.handling).toContain('11010519491231002X');
    expect((await record(1, { outcomeCode: 'no-activity' })).published[1]?.handling).toBe('');
  });

  it('takes the drawn inspectors, or other eligible ones with the reason for the substitution', async () => {
    const substitute = eligibleOthers(0)[0] ?? '';
    expect(substitute).not.toBe('');
    const swapped = [pickAt(0).inspectorIds[0] ?? '', substitute];
    const noReason = await refusedBy('inspections:record-result', request(0, { inspectorIds: swapped }));
    expect(noReason).toMatchObject({ details: [{ field: 'substitutionReason' }] });
    const done = await record(0, {
      inspectorIds: swapped,
      substitutionReason: '原抽中人员病假，按规定从名录中替换',
    });
    expect(done.subjects[0]?.current).toMatchObject({
      substitutionReason: '原抽中人员病假，按规定从名录中替换',
      inspectors: [{ id: swapped[0] }, { id: substitute }],
    });
    // The drawn pair in another order is no substitution: a reason given anyway is not stored.
    const reversed = await record(1, {
      inspectorIds: [...pickAt(1).inspectorIds].reverse(),
      substitutionReason: '顺序不同',
    });
    expect(reversed.subjects[1]?.current?.substitutionReason).toBeNull();
  });

  it('refuses an inspector outside the subject’s roster, one inspector alone, or the same one twice', async () => {
    const eligible = new Set(
      current().draw.pool.find((subject) => subject.id === pickAt(0).subjectId)?.inspectorIds,
    );
    const outsider = current().draw.inspectors.find((inspector) => !eligible.has(inspector.id));
    expect(outsider).toBeDefined();
    const outside = await refusedBy(
      'inspections:record-result',
      request(0, {
        inspectorIds: [pickAt(0).inspectorIds[0] ?? '', outsider?.id ?? ''],
        substitutionReason: '临时调派',
      }),
    );
    expect(outside.message).toContain(outsider?.name ?? '?');
    expect(
      await refusedBy(
        'inspections:record-result',
        request(0, { inspectorIds: [pickAt(0).inspectorIds[0] ?? ''] }),
      ),
    ).toMatchObject({
      details: expect.arrayContaining([
        { field: 'inspectorIds', message: resultMessages.inspectorsTooFew(2) },
      ]) as unknown,
    });
    const twice = [pickAt(0).inspectorIds[0] ?? '', pickAt(0).inspectorIds[0] ?? ''];
    expect(await refusedBy('inspections:record-result', request(0, { inspectorIds: twice }))).toMatchObject({
      details: expect.arrayContaining([
        { field: 'inspectorIds', message: resultMessages.inspectorsRepeated },
      ]) as unknown,
    });
  });

  it('takes 检查日期 from the draw day to today, not the day before or after', async () => {
    expect(
      await refusedBy('inspections:record-result', request(0, { inspectedOn: '2026-11-26' })),
    ).toMatchObject({
      details: [{ field: 'inspectedOn', message: resultMessages.inspectedBeforeDraw(DRAW_DAY) }],
    });
    expect(
      await refusedBy('inspections:record-result', request(0, { inspectedOn: '2026-11-28' })),
    ).toMatchObject({
      details: [{ field: 'inspectedOn', message: resultMessages.inspectedInFuture }],
    });
    expect(
      await refusedBy('inspections:record-result', request(0, { inspectedOn: '2026-02-30' })),
    ).toMatchObject({
      code: 'BAD_REQUEST',
    });
    expect((await record(0, { inspectedOn: DRAW_DAY })).recorded).toBe(1);
    current().core.clock.now = new Date('2026-12-01T01:00:00Z');
    expect((await record(1, { inspectedOn: '2026-12-01' })).recorded).toBe(2);
  });

  it('refuses an outcome not in the table, a subject not drawn, and a draw that does not exist', async () => {
    expect(
      await refusedBy('inspections:record-result', request(0, { outcomeCode: 'all-good' })),
    ).toMatchObject({
      code: 'INSPECTION_RESULT_INVALID',
      details: [{ field: 'outcomeCode' }],
    });
    const notDrawn = current().draw.pool.find(
      (subject) => !current().draw.result.picked.some((pick) => pick.subjectId === subject.id),
    );
    expect(
      await refusedBy('inspections:record-result', request(0, { subjectId: notDrawn?.id ?? '' })),
    ).toMatchObject({ details: [{ field: 'subjectId', message: resultMessages.subjectNotDrawn }] });
    expect(
      await refusedBy('inspections:record-result', request(0, { drawId: 'no-such-draw' })),
    ).toMatchObject({
      code: 'INSPECTION_NOT_FOUND',
    });
    expect(await refusedBy('inspections:results', { drawId: 'no-such-draw' })).toMatchObject({
      code: 'INSPECTION_NOT_FOUND',
    });
    expect(count('SELECT count(*) AS n FROM inspection_results')).toBe(0);
  });
});

describe('hostile calls', () => {
  it('refuses the results channels to a clerk', async () => {
    signInForTests(current().core, 'clerk');
    for (const [channel, payload] of [
      ['inspections:results', { drawId: current().draw.id }],
      ['inspections:record-result', request(0)],
      ['inspections:export-results', { drawId: current().draw.id, format: 'csv' }],
    ] as const)
      expect(await refusedBy(channel, payload)).toMatchObject({ code: 'ROLE_FORBIDDEN' });
    expect(count('SELECT count(*) AS n FROM inspection_results')).toBe(0);
  });

  it('refuses control, direction-changing and broken characters and oversized text; takes 1,000 characters and line breaks', async () => {
    const hostile = [
      { handling: '已责令整改\u0007', outcomeCode: 'rectification-ordered' },
      { handling: '已责令整改\u202Eabc', outcomeCode: 'rectification-ordered' },
      { handling: '已责令整改\uD800', outcomeCode: 'rectification-ordered' },
      { handling: '改'.repeat(1001), outcomeCode: 'rectification-ordered' },
      { substitutionReason: '病假\u0000', inspectorIds: [...pickAt(0).inspectorIds].reverse() },
      { correctionReason: '理'.repeat(501) },
      { inspectorIds: Array.from({ length: 11 }, (_, index) => `x${index}`) },
      { subjectId: 'x'.repeat(201) },
    ];
    for (const patch of hostile)
      expect(
        await refusedBy('inspections:record-result', request(0, patch)),
        JSON.stringify(patch).slice(0, 60),
      ).toMatchObject({
        code: 'BAD_REQUEST',
      });
    expect(count('SELECT count(*) AS n FROM inspection_results')).toBe(0);
    const longest = await record(0, {
      outcomeCode: 'rectification-ordered',
      handling: `${'改'.repeat(998)}\n改`,
    });
    expect(longest.subjects[0]?.current?.handling).toHaveLength(1000);
  });
});
