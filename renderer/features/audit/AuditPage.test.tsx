import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fake } from '../../testing/dom-setup';
import { renderLive } from '../../testing/render-live';
import { useAuditView } from './audit-list';
import { AuditPage } from './AuditPage';

const entry = {
  seq: 7,
  at: '2026-12-01T02:03:04.000Z',
  actor: 'wangfang',
  action: 'check.run',
  actionLabel: '信用核查',
  targetType: 'check',
  targetId: 'check-4f0c2a9e',
  caseNumber: 'BJ-2026-0001',
  purpose: '行政审批',
  summary: '核查 某某公司：可办理',
};

beforeEach(() => useAuditView.setState(useAuditView.getInitialState()));

describe('审计日志 page', () => {
  it('shows the chain state and the entries the core returns', async () => {
    fake().answer('audit:list', { total: 1, items: [entry], actors: ['wangfang'], actions: ['check.run'] });
    fake().answer('audit:chain', {
      local: { ok: true, count: 7, checkedAt: '2026-12-01T02:03:05.000Z' },
      platform: null,
    });
    renderLive(<AuditPage />);
    expect(await screen.findByText('核查 某某公司：可办理')).toBeTruthy();
    expect(fake().callsTo('audit:list')[0]).toMatchObject({ limit: 20, offset: 0 });
    // What the entry is about is named in words; its internal id is not shown.
    expect(screen.queryByText(/check-4f0c/)).toBeNull();
  });

  it('asks the core for the order of a column whose header is clicked; other columns do not sort', async () => {
    fake().answer('audit:list', { total: 1, items: [entry], actors: ['wangfang'], actions: ['check.run'] });
    fake().answer('audit:chain', {
      local: { ok: true, count: 7, checkedAt: '2026-12-01T02:03:05.000Z' },
      platform: null,
    });
    renderLive(<AuditPage />);
    await screen.findByText('核查 某某公司：可办理');
    fireEvent.click(screen.getByRole('columnheader', { name: /操作人/ }));
    await waitFor(() =>
      expect(fake().callsTo('audit:list').at(-1)).toMatchObject({ sortBy: 'actor', sortDirection: 'asc' }),
    );
    const calls = fake().callsTo('audit:list').length;
    fireEvent.click(screen.getByRole('columnheader', { name: /内容摘要/ }));
    expect(fake().callsTo('audit:list')).toHaveLength(calls);
  });

  it('asks the core again each time the page opens, showing what it had meanwhile', async () => {
    fake().answer('audit:list', { total: 1, items: [entry], actors: ['wangfang'], actions: ['check.run'] });
    fake().answer('audit:chain', {
      local: { ok: true, count: 7, checkedAt: '2026-12-01T02:03:05.000Z' },
      platform: null,
    });
    const view = renderLive(<AuditPage />);
    await screen.findByText('核查 某某公司：可办理');
    const before = fake().callsTo('audit:list').length;
    view.rerender(<></>);
    view.rerender(<AuditPage />);
    expect(screen.getByText('核查 某某公司：可办理')).toBeTruthy();
    await waitFor(() => expect(fake().callsTo('audit:list')).toHaveLength(before + 1));
  });

  it('says in words why the core did not list', async () => {
    fake().answer('audit:list', {
      ok: false,
      error: { code: 'FORBIDDEN', message: '只有管理员可以查看审计日志' },
    });
    fake().answer('audit:chain', {
      local: { ok: true, count: 7, checkedAt: '2026-12-01T02:03:05.000Z' },
      platform: null,
    });
    renderLive(<AuditPage />);
    expect((await screen.findByTestId('audit-error')).textContent).toContain('只有管理员可以查看审计日志');
  });

  it('刷新 makes every filter’s answer old: a filter cleared right after asks the core again', async () => {
    fake().answer('audit:list', { total: 1, items: [entry], actors: ['wangfang'], actions: ['check.run'] });
    fake().answer('audit:chain', {
      local: { ok: true, count: 7, checkedAt: '2026-12-01T02:03:05.000Z' },
      platform: null,
    });
    renderLive(<AuditPage />);
    await screen.findByText('核查 某某公司：可办理');
    const caseField = screen.getByTestId('audit-filter-case');
    fireEvent.change(caseField, { target: { value: 'BJ-2026-0001' } });
    fireEvent.keyDown(caseField, { key: 'Enter' });
    await waitFor(() =>
      expect(fake().callsTo('audit:list').at(-1)).toMatchObject({ caseNumber: 'BJ-2026-0001' }),
    );
    const before = fake().callsTo('audit:list').length;
    fireEvent.change(caseField, { target: { value: '' } });
    fireEvent.click(screen.getByTestId('audit-refresh'));
    fireEvent.keyDown(caseField, { key: 'Enter' });
    await waitFor(() => expect(fake().callsTo('audit:list').length).toBeGreaterThan(before + 1));
    expect(fake().callsTo('audit:list').at(-1)).not.toHaveProperty('caseNumber');
  });

  it('says beside the exports why they wait while the dates run backwards, and nothing once they are set right', async () => {
    fake().answer('audit:list', { total: 1, items: [entry], actors: ['wangfang'], actions: ['check.run'] });
    fake().answer('audit:chain', {
      local: { ok: true, count: 7, checkedAt: '2026-12-01T02:03:05.000Z' },
      platform: null,
    });
    const initial = useAuditView.getInitialState();
    useAuditView.setState({ filters: { ...initial.filters, from: '2026-12-05', to: '2026-12-01' } });
    renderLive(<AuditPage />);
    const reason = await screen.findByTestId('audit-export-reason');
    expect(reason.textContent).toBe('开始日期晚于结束日期，改正后才能导出');
    for (const format of ['csv', 'xlsx']) {
      const button = screen.getByTestId(`audit-export-${format}`);
      expect(button).toHaveProperty('disabled', true);
      expect(button.getAttribute('aria-describedby')).toBe('audit-export-reason');
    }
    useAuditView.setState({ filters: { ...initial.filters, from: '2026-12-01', to: '2026-12-05' } });
    await waitFor(() => expect(screen.queryByTestId('audit-export-reason')).toBeNull());
    expect(screen.getByTestId('audit-export-csv')).toHaveProperty('disabled', false);
  });
});
