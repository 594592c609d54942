import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CommitmentDetail } from '../../../../shared/domain/commitment';
import { useRouter } from '../../../app/router';
import '../../../testing/dom-setup';
import { CommitmentDetailView } from './CommitmentDetailView';

// A verified, broken commitment as a clerk reads it: every field in words, no enum value or internal id.

const detail: CommitmentDetail = {
  commitment: {
    id: 'commitment-7f3a',
    code: '41040020261128000001',
    committer: {
      name: '平顶山韶芮新材料科技有限公司',
      kind: 'legal-person',
      identifier: '91410471535100956D',
    },
    identifierKind: 'uscc',
    subjectId: 'demo-s-0010',
    type: 'approval-substitute',
    reason: '申请食品经营许可',
    content: '按期补交材料',
    liability: '撤销许可',
    madeOn: '2026-11-28',
    validUntil: null,
    matterCode: 'PDS-CG-001',
    caseNumber: '平审〔2026〕0001号',
    recognisingUnit: { name: '平顶山市市场监督管理局', code: '11410400005' },
    acceptingUnit: { name: '新华区政务服务中心', code: '11410402006' },
    publicity: 'public',
    verifyBy: '2026-12-28',
    checkId: 'check-91c2',
    state: 'verified',
    verification: {
      fulfilment: 'unfulfilled',
      unfulfilledContent: '未补交材料',
      liabilityPursued: '已撤销许可',
      falseCommitment: false,
      verifiedOn: '2026-12-02',
    },
    verifiedBy: '赵敏（zhaomin）',
    repairId: 'repair-55aa',
    recordId: 'commitment-failure-41040020261128000001',
    operator: '王芳（wangfang）',
    createdAt: '2026-11-28T09:00:00.000+08:00',
    updatedAt: '2026-12-02T09:00:00.000+08:00',
    version: 3,
  },
  matterName: '食品经营许可',
  identifierMasked: '91410471535100956D',
  due: 'verified',
  conflicts: [],
};

describe('信用承诺 detail', () => {
  it('reads in words: labels for every code, links instead of ids, the verifier by name', () => {
    const { container } = render(<CommitmentDetailView detail={detail} onDetail={() => undefined} />);
    const text = container.textContent ?? '';
    for (const id of ['commitment-7f3a', 'demo-s-0010', 'check-91c2', 'repair-55aa', 'commitment-failure'])
      expect(text).not.toContain(id);
    for (const value of ['approval-substitute', 'unfulfilled', 'legal-person', 'public', 'verified'])
      expect(text).not.toContain(value);
    // Left after the codes and the accounts are taken out: no Latin letter.
    const rest = text
      .replaceAll('91410471535100956D', '')
      .replaceAll('PDS-CG-001', '')
      .replaceAll(/（[a-z]+）/g, '');
    expect(rest).not.toMatch(/[A-Za-z]/);
    expect(text).toContain('全部未履行');
    expect(text).toContain('赵敏（zhaomin）');
    fireEvent.click(screen.getByTestId('commitment-repair-link'));
    expect(useRouter.getState().route).toEqual({ page: 'repair', id: 'repair-55aa' });
  });
});
