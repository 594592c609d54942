import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ExportFile } from '../../../shared/domain/export';
import type { InspectionResults } from '../../../shared/domain/inspection-result';
import { resultMessages } from '../../../shared/inspection/result-rules';
import { dispatch } from '../ipc/dispatch';
import { DRAW_DAY, useDrawnCore } from './results.fixtures';

// 检查结果 through the one dispatch both hosts use, on a real SQLite cache: recorded, corrected, listed, exported.
const { current, call, refusedBy, pickAt, request, record, count } = useDrawnCore();

describe('inspections:record-result', () => {
  it('stores the result with its outbox row and audit entry, and the results list shows it with the rest pending', async () => {
    const before = await call<InspectionResults>('inspections:results', { drawId: current().draw.id });
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

    const outbox = current()
      .core.db.prepare("SELECT payload FROM outbox WHERE kind = 'inspection.result-recorded'")
      .pluck()
      .all() as string[];
    expect(outbox.map((text) => JSON.parse(text) as unknown)).toEqual([subject?.current]);
    const audit = current()
      .core.db.prepare(
        "SELECT action, target_id AS targetId, case_number AS caseNumber, actor FROM audit_log WHERE action LIKE 'inspection.result%'",
      )
      .all();
    expect(audit).toEqual([
      {
        action: 'inspection.result',
        targetId: current().draw.id,
        caseNumber: current().draw.number,
        actor: '赵敏（zhaomin）',
      },
    ]);
    expect(() => current().core.db.prepare("UPDATE inspection_results SET outcome_code = 'x'").run()).toThrow(
      /append-only/,
    );
    expect(() => current().core.db.prepare('DELETE FROM inspection_results').run()).toThrow(/append-only/);
  });

  it('writes the result, its outbox row and its audit entry together or not at all', async () => {
    current().core.db.exec(`CREATE TEMP TRIGGER audit_fails BEFORE INSERT ON audit_log
                  BEGIN SELECT RAISE(ABORT, 'audit refused'); END`);
    const failed = await dispatch(current().core.handlers, 'inspections:record-result', request(0));
    expect(failed).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(count('SELECT count(*) AS n FROM inspection_results')).toBe(0);
    expect(count("SELECT count(*) AS n FROM outbox WHERE kind = 'inspection.result-recorded'")).toBe(0);
    current().core.db.exec('DROP TRIGGER audit_fails');
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
      current()
        .core.db.prepare("SELECT action FROM audit_log WHERE action LIKE 'inspection.result%' ORDER BY seq")
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

describe('inspections:export-results', () => {
  it('exports only the recorded results, with the pending count, and records the export', async () => {
    await record(0, { outcomeCode: 'case-filed', handling: '无证经营，已立案调查' });
    await record(2);
    const csvFile = await call<ExportFile>('inspections:export-results', {
      drawId: current().draw.id,
      format: 'csv',
    });
    expect(csvFile).toMatchObject({ name: `抽查结果公示-${current().draw.number}.csv`, rows: 2 });
    const lines = Buffer.from(csvFile.base64, 'base64').toString('utf8').split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFF序号,主体名称,统一社会信用代码/公民身份号码,检查日期,检查结果,处理情况,检查部门',
    );
    expect(lines[1]).toContain(',2026年11月27日,发现问题已立案查处,无证经营，已立案调查,');
    expect(lines[2]).toMatch(/^2,.*,未发现问题,,/);
    expect(lines.filter((line) => line !== '')).toHaveLength(3);

    const xlsxFile = await call<ExportFile>('inspections:export-results', {
      drawId: current().draw.id,
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
