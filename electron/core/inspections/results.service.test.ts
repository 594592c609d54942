import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportFile } from '../../../shared/domain/export';
import type { InspectionDetail, InspectionDrawRecord } from '../../../shared/domain/inspection';
import type { InspectionResultRequest, InspectionResults } from '../../../shared/domain/inspection-result';
import { resultMessages } from '../../../shared/inspection/result-rules';
import { signInForTests } from '../auth/test-session';
import { dispatch } from '../ipc/dispatch';
import { openTempCore } from '../testing/temp-core';

// 检查结果 through the one dispatch both hosts use, on a real SQLite cache: recorded, corrected, listed, published.

/** 食品经营许可 city-wide in the demo data: 35 holders, 11 drawn. The clock: 2026-11-27 10:00 in Beijing. */
const FOOD = { regionCode: '410400', matterCode: 'PDS-XK-002' };
const DRAW_DAY = '2026-11-27';

let core: ReturnType<typeof openTempCore>;
let draw: InspectionDrawRecord;

async function call<T>(channel: string, request: unknown): Promise<T> {
  const result = await dispatch(core.handlers, channel, request);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

const refusedBy = async (channel: string, request: unknown) => {
  const result = await dispatch(core.handlers, channel, request);
  if (result.ok) throw new Error(`${channel} was not refused`);
  return result.error;
};

const pickAt = (index: number) => {
  const pick = draw.result.picked[index];
  if (pick === undefined) throw new Error(`no pick ${index}`);
  return pick;
};

/** A first result for the drawn subject at `index`, with its drawn inspectors. */
const request = (index = 0, patch: Partial<InspectionResultRequest> = {}): InspectionResultRequest => ({
  drawId: draw.id,
  subjectId: pickAt(index).subjectId,
  inspectedOn: DRAW_DAY,
  inspectorIds: pickAt(index).inspectorIds,
  outcomeCode: 'no-problem',
  ...patch,
});

const record = (index = 0, patch: Partial<InspectionResultRequest> = {}) =>
  call<InspectionResults>('inspections:record-result', request(index, patch));

const count = (sql: string): number => (core.db.prepare(sql).get() as { n: number }).n;

beforeEach(async () => {
  core = openTempCore();
  signInForTests(core, 'supervisor');
  draw = (await call<InspectionDetail>('inspections:draw', { ...FOOD, seed: 'results-2026' })).draw;
});
afterEach(() => core.dispose());

describe('inspections:record-result', () => {
  it('stores the result with its outbox row and audit entry, and the results list shows it with the rest pending', async () => {
    const before = await call<InspectionResults>('inspections:results', { drawId: draw.id });
    expect(before).toMatchObject({ recorded: 0, pending: 11, published: [], earliestDay: DRAW_DAY });
    expect(before.subjects).toHaveLength(11);
    expect(before.subjects[0]?.drawnInspectors.map((inspector) => inspector.id)).toEqual(
      pickAt(0).inspectorIds,
    );

    const after = await record(0);
    expect(after).toMatchObject({ recorded: 1, pending: 10 });
    const subject = after.subjects[0];
    expect(subject?.current).toMatchObject({
      revision: 1,
      correctsId: null,
      inspectedOn: DRAW_DAY,
      outcome: { code: 'no-problem', label: '未发现问题', problemFound: false },
      handling: null,
      substitutionReason: null,
      recordedBy: '赵敏（zhaomin）',
    });
    expect(after.published).toEqual([
      {
        order: 1,
        subjectName: subject?.subjectName,
        identifier: subject?.identifier,
        inspectedOn: DRAW_DAY,
        outcome: '未发现问题',
        handling: '',
        department: [...new Set(subject?.drawnInspectors.map((inspector) => inspector.department))].join(
          '、',
        ),
      },
    ]);

    const outbox = core.db
      .prepare("SELECT payload FROM outbox WHERE kind = 'inspection.result-recorded'")
      .pluck()
      .all() as string[];
    expect(outbox.map((text) => JSON.parse(text) as unknown)).toEqual([subject?.current]);
    const audit = core.db
      .prepare(
        "SELECT action, target_id AS targetId, case_number AS caseNumber, actor FROM audit_log WHERE action LIKE 'inspection.result%'",
      )
      .all();
    expect(audit).toEqual([
      { action: 'inspection.result', targetId: draw.id, caseNumber: draw.number, actor: '赵敏（zhaomin）' },
    ]);
    expect(() => core.db.prepare("UPDATE inspection_results SET outcome_code = 'x'").run()).toThrow(
      /append-only/,
    );
    expect(() => core.db.prepare('DELETE FROM inspection_results').run()).toThrow(/append-only/);
  });

  it('writes the result, its outbox row and its audit entry together or not at all', async () => {
    core.db.exec(`CREATE TEMP TRIGGER audit_fails BEFORE INSERT ON audit_log
                  BEGIN SELECT RAISE(ABORT, 'audit refused'); END`);
    const failed = await dispatch(core.handlers, 'inspections:record-result', request(0));
    expect(failed).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(count('SELECT count(*) AS n FROM inspection_results')).toBe(0);
    expect(count("SELECT count(*) AS n FROM outbox WHERE kind = 'inspection.result-recorded'")).toBe(0);
    core.db.exec('DROP TRIGGER audit_fails');
    expect((await record(0)).recorded).toBe(1);
  });

  it('corrects a result only as a new entry naming the one it corrects, with a reason', async () => {
    const first = (await record(0)).subjects[0]?.current;
    expect(await refusedBy('inspections:record-result', request(0))).toMatchObject({
      code: 'INSPECTION_RESULT_STALE',
      message: expect.stringContaining('更正') as string,
    });
    const withoutReason = await refusedBy(
      'inspections:record-result',
      request(0, { correctsId: first?.id ?? null, outcomeCode: 'deregistered' }),
    );
    expect(withoutReason).toMatchObject({
      code: 'INSPECTION_RESULT_INVALID',
      message: resultMessages.correctionReasonRequired,
      details: [{ field: 'correctionReason', message: resultMessages.correctionReasonRequired }],
    });
    const corrected = await record(0, {
      correctsId: first?.id ?? null,
      correctionReason: '录入时选错了结果，该户已于检查前注销',
      outcomeCode: 'deregistered',
    });
    const subject = corrected.subjects[0];
    expect(subject?.history.map((entry) => [entry.revision, entry.outcome.label])).toEqual([
      [1, '未发现问题'],
      [2, '已注销'],
    ]);
    expect(subject?.current).toMatchObject({ revision: 2, correctsId: first?.id });
    expect(corrected).toMatchObject({ recorded: 1, pending: 10 });
    expect(corrected.published.map((row) => row.outcome)).toEqual(['已注销']);
    // The first entry is still there, unchanged: evidence is never rewritten.
    expect(count('SELECT count(*) AS n FROM inspection_results')).toBe(2);
    expect(
      core.db
        .prepare("SELECT action FROM audit_log WHERE action LIKE 'inspection.result%' ORDER BY seq")
        .pluck()
        .all(),
    ).toEqual(['inspection.result', 'inspection.result-correct']);
    // Correcting the superseded entry again is refused: someone has moved on since.
    expect(
      await refusedBy(
        'inspections:record-result',
        request(0, { correctsId: first?.id ?? null, correctionReason: '再改一次' }),
      ),
    ).toMatchObject({ code: 'INSPECTION_RESULT_STALE' });
  });
});

describe('the rules of a result', () => {
  const eligibleOthers = (index: number) => {
    const pick = pickAt(index);
    const eligible = draw.pool.find((subject) => subject.id === pick.subjectId)?.inspectorIds ?? [];
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
    const eligible = new Set(draw.pool.find((subject) => subject.id === pickAt(0).subjectId)?.inspectorIds);
    const outsider = draw.inspectors.find((inspector) => !eligible.has(inspector.id));
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
    core.clock.now = new Date('2026-12-01T01:00:00Z');
    expect((await record(1, { inspectedOn: '2026-12-01' })).recorded).toBe(2);
  });

  it('refuses an outcome not in the table, a subject not drawn, and a draw that does not exist', async () => {
    expect(
      await refusedBy('inspections:record-result', request(0, { outcomeCode: 'all-good' })),
    ).toMatchObject({
      code: 'INSPECTION_RESULT_INVALID',
      details: [{ field: 'outcomeCode' }],
    });
    const notDrawn = draw.pool.find(
      (subject) => !draw.result.picked.some((pick) => pick.subjectId === subject.id),
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
    signInForTests(core, 'clerk');
    for (const [channel, payload] of [
      ['inspections:results', { drawId: draw.id }],
      ['inspections:record-result', request(0)],
      ['inspections:export-results', { drawId: draw.id, format: 'csv' }],
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

describe('inspections:export-results', () => {
  it('exports only the recorded results, with the pending count, and records the export', async () => {
    await record(0, { outcomeCode: 'case-filed', handling: '无证经营，已立案调查' });
    await record(2);
    const csvFile = await call<ExportFile>('inspections:export-results', { drawId: draw.id, format: 'csv' });
    expect(csvFile).toMatchObject({ name: `抽查结果公示-${draw.number}.csv`, rows: 2 });
    const lines = Buffer.from(csvFile.base64, 'base64').toString('utf8').split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFF序号,主体名称,统一社会信用代码/公民身份号码,检查日期,检查结果,处理情况,检查部门',
    );
    expect(lines[1]).toContain(',2026年11月27日,发现问题已立案查处,无证经营，已立案调查,');
    expect(lines[2]).toMatch(/^2,.*,未发现问题,,/);
    expect(lines.filter((line) => line !== '')).toHaveLength(3);

    const xlsxFile = await call<ExportFile>('inspections:export-results', {
      drawId: draw.id,
      format: 'xlsx',
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsxFile.base64, 'base64') as unknown as ArrayBuffer);
    const caption: string[] = [];
    workbook
      .getWorksheet('抽查结果公示')
      ?.eachRow((row) => caption.push(String((row.values as unknown[])[1])));
    expect(caption[0]).toBe('“双随机、一公开”抽查结果公示');
    expect(caption.join('\n')).toContain('已公示 2 个的检查结果，尚有 9 个待录入检查结果');
    expect(count("SELECT count(*) AS n FROM audit_log WHERE action = 'inspection.results-export'")).toBe(2);
  });
});
