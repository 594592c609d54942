import { describe, expect, it } from 'vitest';
import type { InspectionDraw } from './draw';
import { publishableList } from './publish';

const draw: InspectionDraw = {
  seed: 's',
  algorithm: 'cyrb128-sfc32-v1/fisher-yates-by-id/ceil',
  ratiosVersion: '1',
  inspectorsPerSubject: 2,
  picked: [
    { subjectId: 's1', grade: 'A', subjectGrade: 'A', inspectorIds: ['i2', 'i1'] },
    { subjectId: 's9', grade: 'ungraded', subjectGrade: null, inspectorIds: ['i3', 'i1'] },
  ],
  perGrade: [
    { grade: 'A', label: '低风险', population: 10, ratio: 0.05, drawn: 1 },
    { grade: 'ungraded', label: '未分类', population: 3, ratio: 0.2, drawn: 1 },
  ],
  unmatchedGrades: [],
};

describe('publishableList', () => {
  it('lists subject name, grade label and inspector names in the draw order, ids where a name is missing', () => {
    const rows = publishableList(draw, {
      subjects: { s1: '平顶山某某有限公司' },
      inspectors: { i1: '张三', i2: '李四' },
    });
    expect(rows).toEqual([
      {
        order: 1,
        subjectId: 's1',
        subjectName: '平顶山某某有限公司',
        grade: 'A',
        gradeLabel: '低风险',
        inspectorIds: ['i2', 'i1'],
        inspectorNames: ['李四', '张三'],
      },
      {
        order: 2,
        subjectId: 's9',
        subjectName: 's9',
        grade: 'ungraded',
        gradeLabel: '未分类',
        inspectorIds: ['i3', 'i1'],
        inspectorNames: ['i3', '张三'],
      },
    ]);
    expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
  });

  it('does not take a name from the object prototype', () => {
    const [row] = publishableList(
      { ...draw, picked: [{ ...draw.picked[0]!, subjectId: 'toString' }] },
      { subjects: {}, inspectors: {} },
    );
    expect(row?.subjectName).toBe('toString');
  });
});
