import { describe, expect, it } from 'vitest';
import { InspectionResultRecord } from '../domain/inspection-result';
import { fixtureDraw, fixtureResult } from './inspection.fixtures';
import { currentResults, maskPersonName, publishedResultRows, resultsHeader } from './published-results';

describe('抽查结果公示 rows', () => {
  it('list only the subjects with a result, in the draw order, numbered anew', () => {
    expect(publishedResultRows(fixtureDraw, [])).toEqual([]);
    const rows = publishedResultRows(fixtureDraw, [
      fixtureResult({
        id: 'r2',
        subjectId: 's2',
        outcome: { code: 'deregistered', label: '已注销', problemFound: false },
      }),
    ]);
    expect(rows).toEqual([
      {
        order: 1,
        subjectName: '冯**',
        identifier: '110105********002X',
        inspectedOn: '2026-12-01',
        outcome: '已注销',
        handling: '',
        department: '新华区市场监督管理局',
      },
    ]);
  });

  it('show the current (latest) result, its 处理情况 with ID numbers masked, and each department once', () => {
    const entries = [
      fixtureResult(),
      fixtureResult({
        id: 'r1b',
        revision: 2,
        correctsId: 'r1',
        correctionReason: '选错',
        inspectors: [fixtureDraw.inspectors[0], fixtureDraw.inspectors[2]].flatMap((e) => (e ? [e] : [])),
        substitutionReason: '病假',
        outcome: { code: 'case-filed', label: '发现问题已立案查处', problemFound: true },
        handling: '负责人 11010519491231002X 到场，已立案',
      }),
    ];
    expect(currentResults(entries).get('s1')?.id).toBe('r1b');
    const [row] = publishedResultRows(fixtureDraw, [...entries].reverse());
    expect(row).toMatchObject({
      order: 1,
      subjectName: '平顶山市鹰城食品有限公司',
      outcome: '发现问题已立案查处',
      handling: '负责人 110105********002X 到场，已立案',
      department: '新华区市场监督管理局、平顶山市市场监督管理局',
    });
  });

  it('masks a natural person to the surname', () => {
    expect(maskPersonName('冯志亚')).toBe('冯**');
    expect(maskPersonName('欧阳')).toBe('欧*');
    expect(maskPersonName('王')).toBe('王');
  });

  it('are headed by how many drawn subjects still await a result', () => {
    expect(resultsHeader(fixtureDraw, { picked: 2, recorded: 1 }).join('\n')).toContain(
      '已公示 1 个的检查结果，尚有 1 个待录入检查结果',
    );
    expect(resultsHeader(fixtureDraw, { picked: 2, recorded: 2 }).join('\n')).toContain('已全部录入并公示');
  });
});

describe('the stored result schema', () => {
  it('takes a result and refuses one that breaks its rules or carries hostile text', () => {
    expect(InspectionResultRecord.safeParse(fixtureResult()).success).toBe(true);
    const problem = { code: 'case-filed', label: '发现问题已立案查处', problemFound: true };
    expect(InspectionResultRecord.safeParse(fixtureResult({ outcome: problem })).success).toBe(false);
    expect(
      InspectionResultRecord.safeParse(fixtureResult({ outcome: problem, handling: '已立案' })).success,
    ).toBe(true);
    expect(InspectionResultRecord.safeParse(fixtureResult({ revision: 2 })).success).toBe(false);
    expect(InspectionResultRecord.safeParse(fixtureResult({ handling: '\u202e反' })).success).toBe(false);
    expect(InspectionResultRecord.safeParse(fixtureResult({ inspectedOn: '2026-02-29' })).success).toBe(
      false,
    );
    expect(InspectionResultRecord.safeParse(fixtureResult({ inspectors: [] })).success).toBe(false);
  });
});
