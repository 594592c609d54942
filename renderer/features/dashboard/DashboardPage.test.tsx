import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useRouter } from '../../app/router';
import { fake } from '../../testing/dom-setup';
import { objectionListItem } from '../../testing/objection-samples';
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
    'open-feedback': 2,
    'approvals-without-check': 0,
    'commitments-due-soon': 1,
    'commitments-overdue': 0,
    'repairs-at-risk': 0,
    'undelivered-feedback': 0,
  },
  perDay: [
    { day: '2026-12-05', checks: 5 },
    { day: '2026-12-06', checks: 7 },
  ],
  perMatter: [{ matterCode: 'M001', matterName: '政府采购供应商资格审查', checks: 12 }],
  approvals: { decisions: 4, department: '叶县政务服务中心', lookBackDays: 30 },
  commitmentDueSoonDays: 7,
  repairAtRiskWorkingDays: 3,
  rules: { confirmed: false, note: '口径待确认' },
};

const renderPage = () => renderLive(<DashboardPage />);

// Where the dashboard is outlives the page (its filters, the drill-down open); each test starts from a fresh start.
beforeEach(() => {
  useDashboardView.setState(useDashboardView.getInitialState(), true);
  fake().answer('objections:list', { total: 0, items: [] });
});

describe('合规看板', () => {
  it('shows each figure the core counted on its tile, named in words', async () => {
    fake().answer('dashboard:get', figures);
    renderPage();
    expect((await screen.findByTestId('dashboard-count-checks')).textContent).toBe('12');
    expect(screen.getByTestId('dashboard-count-punishment-hits').textContent).toBe('3');
    expect(screen.getByTestId('dashboard-tile-checks').textContent).toContain('核查次数');
    // Asked for the default period (the core fills it in); the tile says what a click does to a screen reader.
    expect(fake().callsTo('dashboard:get')).toHaveLength(1);
    expect(screen.getByTestId('dashboard-tile-checks').textContent).toContain('查看明细');
  });

  it('says in words when the core refuses the period', async () => {
    fake().answer('dashboard:get', {
      ok: false,
      error: { code: 'BAD_REQUEST', message: '统计期间不能超过366天' },
    });
    renderPage();
    expect(await screen.findByText(/统计期间不能超过366天/)).toBeTruthy();
    expect(screen.queryByTestId('dashboard-count-checks')).toBeNull();
  });

  it('counts again when a check is recorded or a commitment changes, keeping the figures shown meanwhile', async () => {
    let checks = 12;
    fake().answer('dashboard:get', () => ({ ...figures, counts: { ...figures.counts, checks } }));
    renderPage();
    expect((await screen.findByTestId('dashboard-count-checks')).textContent).toBe('12');
    checks = 13;
    act(() => fake().emit({ type: 'check-recorded', checkId: 'check-9' }));
    expect(screen.getByTestId('dashboard-count-checks').textContent).toBe('12');
    await waitFor(() => expect(screen.getByTestId('dashboard-count-checks').textContent).toBe('13'));
    checks = 14;
    act(() => fake().emit({ type: 'workflow-changed', area: 'commitments' }));
    await waitFor(() => expect(screen.getByTestId('dashboard-count-checks').textContent).toBe('14'));
  });

  it('shows the rows behind a figure clicked, asked of the core', async () => {
    fake().answer('dashboard:get', figures);
    fake().answer('dashboard:rows', {
      ok: false,
      error: { code: 'BAD_REQUEST', message: '统计期间不能超过366天' },
    });
    renderPage();
    fireEvent.click(await screen.findByTestId('dashboard-tile-punishment-hits'));
    expect(await screen.findByTestId('dashboard-drill')).toBeTruthy();
    expect(await screen.findByText('统计期间不能超过366天')).toBeTruthy();
    expect(fake().callsTo('dashboard:rows').at(-1)).toMatchObject({
      figure: 'punishment-hits',
      limit: 50,
      offset: 0,
    });
  });

  it('lists the open objections at risk of their deadline; a row opens the objection', async () => {
    fake().answer('dashboard:get', figures);
    fake().answer('objections:list', { total: 1, items: [objectionListItem()] });
    renderPage();
    const panel = await screen.findByTestId('dashboard-objections-at-risk');
    await waitFor(() => expect(panel.getAttribute('data-count')).toBe('1'));
    expect(fake().callsTo('objections:list').at(-1)).toMatchObject({ open: true, atRisk: true });
    const row = await screen.findByTestId('objection-row');
    expect(row.textContent).toContain('剩余 1 个工作日');
    fireEvent.click(row.querySelector('[role="gridcell"]') ?? row);
    await waitFor(() =>
      expect(useRouter.getState().route).toEqual({ page: 'objection', id: 'YY-2026-000123' }),
    );
  });

  it('takes the objections at risk from the dashboard’s own figure when the core counts them', async () => {
    fake().calls.length = 0;
    fake().answer('dashboard:get', {
      ...figures,
      objectionsAtRisk: { total: 3, warnWithinWorkingDays: 2, items: [objectionListItem()] },
    });
    renderPage();
    const panel = await screen.findByTestId('dashboard-objections-at-risk');
    await waitFor(() => expect(panel.getAttribute('data-count')).toBe('3'));
    expect(panel.textContent).toContain('距办理期限不超过 2 个工作日或已逾期');
    expect(await screen.findByTestId('objection-row')).toBeTruthy();
    expect(fake().callsTo('objections:list')).toHaveLength(0);
  });
});
