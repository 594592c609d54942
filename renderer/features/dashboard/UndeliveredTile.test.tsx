import { fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fake } from '../../testing/dom-setup';
import { renderLive } from '../../testing/render-live';
import { DashboardPage } from './DashboardPage';
import { useDashboardView } from './dashboard-view';

const figures = {
  period: { from: '2026-11-07', to: '2026-12-06' },
  matterCode: null,
  districtCode: null,
  today: '2026-12-06',
  cacheAsOf: '2026-12-06T09:00:00.000+08:00',
  generatedAt: '2026-12-06T09:30:00.000+08:00',
  counts: {
    checks: 12,
    'punishment-hits': 3,
    'incentive-hits': 1,
    'open-feedback': 0,
    'approvals-without-check': 0,
    'commitments-due-soon': 0,
    'commitments-overdue': 0,
    'repairs-at-risk': 0,
    'undelivered-feedback': 2,
  },
  perDay: [{ day: '2026-12-06', checks: 12 }],
  perMatter: [{ matterCode: 'M001', matterName: '政府采购供应商资格审查', checks: 12 }],
  approvals: { decisions: 4, department: '叶县政务服务中心', lookBackDays: 30 },
  commitmentDueSoonDays: 7,
  repairAtRiskWorkingDays: 3,
  rules: { confirmed: false, note: '口径待确认' },
};

beforeEach(() => useDashboardView.setState(useDashboardView.getInitialState(), true));

describe('合规看板: feedback not yet delivered to the province', () => {
  it('counts it on a tile of its own, as a warning, and drills down to those checks', async () => {
    fake().answer('dashboard:get', figures);
    fake().answer('dashboard:rows', {
      kind: 'checks',
      total: 1,
      items: [
        {
          checkId: 'check-7',
          checkedAt: '2026-12-06T09:30:00.000+08:00',
          caseNumber: 'YX-2026-0007',
          matterCode: 'M001',
          matterName: '政府采购供应商资格审查',
          subjectName: '平顶山市第7商贸有限公司',
          identifierMasked: '91410402613341561G',
          verdict: 'punishment',
          found: true,
          stale: false,
          overridden: false,
          feedbackState: { required: 1, recorded: 1, open: false },
          externalQueryOpen: false,
          recheck: false,
          superseded: false,
          delivery: { state: 'retrying', deliveredAt: null, lastError: '省联合奖惩系统在15秒内未响应' },
        },
      ],
    });
    renderLive(<DashboardPage />);
    const tile = await screen.findByTestId('dashboard-tile-undelivered-feedback');
    expect(tile.textContent).toContain('反馈未报送');
    expect(tile.textContent).toContain('尚未报送省联合奖惩系统');
    const count = screen.getByTestId('dashboard-count-undelivered-feedback');
    expect(count.textContent).toBe('2');
    fireEvent.click(tile);
    expect((await screen.findByTestId('record-delivery')).textContent).toBe('报送失败，重试中');
    expect(fake().callsTo('dashboard:rows').at(-1)).toMatchObject({ figure: 'undelivered-feedback' });
  });
});
