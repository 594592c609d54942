import { describe, expect, it } from 'vitest';
import type { Commitment } from '../../../../shared/domain/commitment';
import { describeVersion } from './conflict-versions';

const commitment: Commitment = {
  id: 'c-1',
  code: '41040020261128000001',
  committer: { name: '平顶山韶芮新材料科技有限公司', kind: 'legal-person', identifier: '91410471535100956D' },
  identifierKind: 'uscc',
  subjectId: 'demo-s-0003',
  type: 'approval-substitute',
  reason: '事由',
  content: '内容',
  liability: '责任',
  madeOn: '2026-11-28',
  validUntil: null,
  matterCode: 'XK0101',
  caseNumber: null,
  recognisingUnit: { name: '认定单位', code: 'R1' },
  acceptingUnit: { name: '受理单位', code: 'A1' },
  publicity: 'public',
  verifyBy: '2026-12-28',
  checkId: null,
  state: 'verified',
  verification: {
    fulfilment: 'fulfilled',
    unfulfilledContent: null,
    liabilityPursued: null,
    falseCommitment: false,
    verifiedOn: '2026-12-02',
  },
  verifiedBy: '李四',
  repairId: null,
  recordId: null,
  operator: '张三',
  createdAt: '2026-11-28T09:00:00.000+08:00',
  updatedAt: '2026-12-02T09:00:00.000+08:00',
  version: 3,
};

describe('describeVersion', () => {
  it('tells the platform’s commitment in plain words', () => {
    expect(describeVersion(commitment)).toEqual([
      '版本 3',
      '状态：已核查',
      '履行状态：全部履行',
      '核查日期：2026-12-02',
      '核查人：李四',
    ]);
  });

  it('tells this client’s verification in plain words', () => {
    const lines = describeVersion({
      id: 'c-1',
      baseVersion: 2,
      verification: {
        fulfilment: 'unfulfilled',
        unfulfilledContent: '未补齐材料',
        liabilityPursued: '撤销许可',
        falseCommitment: true,
        verifiedOn: '2026-12-01',
      },
      verifiedBy: '张三',
      at: '2026-12-01T10:00:00.000+08:00',
    });
    expect(lines).toEqual([
      '版本 3',
      '状态：已核查',
      '履行状态：全部未履行',
      '核查认定为虚假承诺',
      '未履行内容：未补齐材料',
      '违诺责任追究：撤销许可',
      '核查日期：2026-12-01',
      '核查人：张三',
    ]);
  });

  it('shows anything else as text rather than hiding it', () => {
    expect(describeVersion({ odd: 1 })[0]).toContain('"odd"');
    expect(describeVersion(null)).toEqual(['（内容无法识别）']);
  });
});
