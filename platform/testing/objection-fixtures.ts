import type { Objection } from '../../shared/domain/objection';
import { TEST_UNIT } from './temp-platform';
import { AT, DAY, ENTRY_ID, RECORD_ID, SUBJECT_ID } from './workflow-fixtures';

/** An objection as a window of TEST_UNIT takes it in: against the seeded record and list entry. */
export function objectionFixture(overrides: Partial<Objection> = {}): Objection {
  return {
    id: 'obj-1',
    subjectId: SUBJECT_ID,
    subjectName: '平顶山市鹰城建设工程有限公司',
    checkId: null,
    targets: [
      {
        targetTable: 'credit_records',
        targetId: RECORD_ID,
        title: '行政处罚：未按规定办理施工许可',
        unit: '平顶山市住房和城乡建设局',
        outcome: null,
        corrections: [],
      },
      {
        targetTable: 'list_entries',
        targetId: ENTRY_ID,
        title: '经营异常名录',
        unit: '平顶山市市场监督管理局',
        outcome: null,
        corrections: [],
      },
    ],
    grounds: 'error-or-omission',
    statement: '处罚决定已被行政复议撤销，仍在公示',
    applicant: {
      role: 'agent',
      name: '李明',
      idKind: 'citizen-id',
      idNumber: '410402199001011230',
      phone: '13800000000',
    },
    attachments: [],
    truthfulnessPledged: true,
    acceptingUnit: TEST_UNIT.name,
    acceptingUnitCode: TEST_UNIT.code,
    state: 'submitted',
    stateEnteredOn: DAY,
    routedTo: [],
    extended: false,
    history: [{ event: 'submit', at: AT, on: DAY, by: 'wangfang', reason: null }],
    decision: null,
    closingReason: null,
    operator: 'wangfang',
    createdAt: AT,
    updatedAt: AT,
    version: 1,
    ...overrides,
  };
}
