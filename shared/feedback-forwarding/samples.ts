import type { FeedbackRecord } from '../domain/check';

// Sample check snapshot and feedback record as a device sends them (tests of the forwarding on both sides).
// Synthetic: the names and codes are made up.

export const sampleForwardedCheck = (checkId: string): Record<string, unknown> => ({
  checkId,
  checkedAt: '2026-11-27T09:30:00.000+08:00',
  operator: '王芳（wangfang）',
  context: {
    caseNumber: 'PDS-2026-0042',
    matter: {
      code: 'PDS-CG-001',
      name: '政府采购供应商资格审查',
      category: 'procurement',
      department: '财政局',
    },
    note: null,
  },
  subject: { id: 'fw-s-1', name: '平顶山示例建材有限公司', identifier: '91410400MA44TEKT0X' },
  hits: [
    {
      key: 'e-debtor',
      listType: { code: 'DEBTOR', name: '失信被执行人', kind: 'serious', authority: '人民法院' },
    },
  ],
});

export const sampleFeedbackRecord = (id: string, checkId: string): FeedbackRecord => ({
  id,
  checkId,
  hitKey: 'e-debtor',
  action: 'punished',
  measureCodes: ['M-01'],
  reason: null,
  result: '不予通过资格审查',
  amount: null,
  legalBasis: '《政府采购法》第二十二条',
  department: '平顶山市财政局',
  districtCode: '410400',
  actedAt: '2026-11-27T10:00:00.000+08:00',
  recordedAt: '2026-11-27T10:05:00.000+08:00',
  operator: '王芳（wangfang）',
});
