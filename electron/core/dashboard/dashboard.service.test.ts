import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../ipc/dispatch';
import { signInForTests } from '../auth/test-session';
import {
  LICENSING,
  PROCUREMENT,
  TODAY,
  licB,
  licC,
  licD,
  openDashboardCore,
  type DashboardTestCore,
} from './dashboard.fixtures';

let core: DashboardTestCore;
beforeAll(async () => {
  core = await openDashboardCore();
});
afterAll(() => core.dispose());

const ids = (items: readonly { checkId: string }[]) => items.map((item) => item.checkId).sort();

describe('dashboard:get', () => {
  it('counts every figure over the default period (the last 30 days)', async () => {
    const figures = await core.value('dashboard:get', {});
    expect(figures.period).toEqual({ from: '2026-10-29', to: TODAY });
    expect(figures.counts).toEqual({
      checks: 5,
      'punishment-hits': 1,
      'incentive-hits': 1,
      'open-feedback': 1,
      'approvals-without-check': 2,
      'commitments-due-soon': 1,
      'commitments-overdue': 1,
      'repairs-at-risk': 2,
      // The red check's feedback, recorded on this PC and not yet reported delivered by the platform.
      'undelivered-feedback': 1,
    });
    expect(figures.approvals).toEqual({
      decisions: 3,
      department: '平顶山市市场监督管理局',
      lookBackDays: 30,
    });
    expect(figures.perDay).toHaveLength(30);
    expect(figures.perDay.filter((day) => day.checks > 0)).toEqual([
      { day: '2026-11-15', checks: 1 },
      { day: '2026-11-20', checks: 1 },
      { day: '2026-11-25', checks: 1 },
      { day: TODAY, checks: 2 },
    ]);
    expect(figures.perMatter).toEqual([
      { matterCode: LICENSING, matterName: '建筑工程施工许可证核发', checks: 4 },
      { matterCode: PROCUREMENT, matterName: expect.any(String) as string, checks: 1 },
    ]);
    expect(figures.cacheAsOf).toBe('2026-11-27T08:00:00.000+08:00');
  });

  it('narrows the checks to a period and a matter; commitments follow the matter, repairs do not', async () => {
    const figures = await core.value('dashboard:get', {
      from: '2026-11-20',
      to: '2026-11-25',
      matterCode: PROCUREMENT,
    });
    expect(figures.perDay.map((day) => day.day)).toEqual([
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
    ]);
    expect(figures.counts).toMatchObject({
      checks: 1,
      'punishment-hits': 1,
      'incentive-hits': 0,
      'open-feedback': 1,
      // 11-20 … 11-25: licences 101 (covered) and 102 (not); no matter on a decision record.
      'approvals-without-check': 1,
      'commitments-due-soon': 0,
      'commitments-overdue': 0,
      'repairs-at-risk': 2,
    });
    expect(figures.perMatter).toEqual([
      { matterCode: PROCUREMENT, matterName: expect.any(String) as string, checks: 1 },
    ]);
    const licensing = await core.value('dashboard:get', { matterCode: LICENSING });
    expect(licensing.counts).toMatchObject({
      checks: 4,
      'commitments-due-soon': 1,
      'commitments-overdue': 1,
    });
  });

  it('narrows every figure to the subjects registered in a district', async () => {
    const figures = await core.value('dashboard:get', { districtCode: '410482' });
    expect(figures.counts).toEqual({
      checks: 2,
      'punishment-hits': 0,
      'incentive-hits': 0,
      'open-feedback': 0,
      'approvals-without-check': 1,
      'commitments-due-soon': 0,
      'commitments-overdue': 1,
      'repairs-at-risk': 1,
      'undelivered-feedback': 0,
    });
  });

  it('counts approvals without a check by every department when the window has none set', async () => {
    await core.value('settings:update', { department: '' });
    try {
      const figures = await core.value('dashboard:get', {});
      expect(figures.approvals).toMatchObject({ decisions: 4, department: null });
      expect(figures.counts['approvals-without-check']).toBe(3);
      const rows = await core.value('dashboard:rows', { figure: 'approvals-without-check' });
      expect(rows.kind === 'approvals' && rows.items.map((row) => row.subjectId)).toEqual([
        licB.id,
        licD.id,
        licC.id,
      ]);
    } finally {
      await core.value('settings:update', { department: '平顶山市市场监督管理局' });
    }
  });

  it('refuses a day that does not exist as a bad request, in words', async () => {
    const result = await dispatch(core.handlers, 'dashboard:get', { from: '2026-02-30' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', message: '请求内容不正确：开始日期：日期不存在' },
    });
  });

  it('refuses a period that ends before it starts or runs past a year', async () => {
    for (const filter of [
      { from: '2026-11-27', to: '2026-11-01' },
      { from: '2025-01-01', to: '2026-11-27' },
      { from: '0001-01-01' },
      { from: '0001-01-01', to: '9999-12-31' },
    ]) {
      const result = await dispatch(core.handlers, 'dashboard:get', filter);
      expect(result).toMatchObject({ ok: false, error: { code: 'DASHBOARD_PERIOD_INVALID' } });
    }
  });

  it('is for supervisors and administrators only', async () => {
    signInForTests(core, 'clerk');
    try {
      for (const channel of ['dashboard:get', 'dashboard:rows', 'dashboard:export'] as const) {
        const result = await dispatch(
          core.handlers,
          channel,
          channel === 'dashboard:rows' ? { figure: 'checks' } : {},
        );
        expect(result).toMatchObject({ ok: false, error: { code: 'ROLE_FORBIDDEN' } });
      }
      signInForTests(core, 'supervisor');
      expect((await dispatch(core.handlers, 'dashboard:get', {})).ok).toBe(true);
    } finally {
      signInForTests(core, 'admin');
    }
  });
});

describe('dashboard:rows', () => {
  it('lists the checks behind each check figure, as 核查记录 lists the same filter', async () => {
    const { checkIds } = core;
    const rowsOf = async (figure: 'checks' | 'punishment-hits' | 'incentive-hits' | 'open-feedback') => {
      const rows = await core.value('dashboard:rows', { figure });
      if (rows.kind !== 'checks') throw new Error(rows.kind);
      return rows;
    };
    const all = await rowsOf('checks');
    expect(all.total).toBe(5);
    expect(all.items[0]?.checkedAt.slice(0, 10)).toBe(TODAY);
    expect(ids((await rowsOf('punishment-hits')).items)).toEqual([checkIds.debtor]);
    expect(ids((await rowsOf('incentive-hits')).items)).toEqual([checkIds.red]);
    const open = await rowsOf('open-feedback');
    expect(ids(open.items)).toEqual([checkIds.debtor]);
    // The same answer as 核查记录's own open-feedback filter over the period.
    const records = await core.value('check:list', { from: '2026-10-29', to: TODAY, openFeedback: true });
    expect(ids(records.items)).toEqual(ids(open.items));
  });

  it('pages the rows', async () => {
    const page = await core.value('dashboard:rows', { figure: 'checks', limit: 2, offset: 4 });
    expect(page.total).toBe(5);
    expect(page.items).toHaveLength(1);
  });

  it('lists approvals without a check with the subject and the last check before the decision', async () => {
    const rows = await core.value('dashboard:rows', { figure: 'approvals-without-check' });
    if (rows.kind !== 'approvals') throw new Error(rows.kind);
    expect(
      rows.items.map((row) => [row.subjectId, row.decisionOn, row.lastCheckedAt?.slice(0, 10) ?? null]),
    ).toEqual([
      [licB.id, '2026-11-22', null],
      [licC.id, '2026-11-10', '2026-09-01'],
    ]);
  });

  it('lists the commitments of each to-do bucket as 告知承诺 shows them', async () => {
    const due = await core.value('dashboard:rows', { figure: 'commitments-due-soon' });
    const overdue = await core.value('dashboard:rows', { figure: 'commitments-overdue' });
    if (due.kind !== 'commitments' || overdue.kind !== 'commitments') throw new Error('kind');
    expect(due.items.map((item) => [item.verifyBy, item.due])).toEqual([['2026-11-30', 'due-soon']]);
    expect(overdue.items.map((item) => [item.verifyBy, item.due])).toEqual([['2026-11-20', 'overdue']]);
    const list = await core.value('commitments:list', { due: 'overdue' });
    expect(list.items.map((item) => item.id)).toEqual(overdue.items.map((item) => item.id));
  });

  it('lists the repairs at risk with the countdown 信用修复 shows, most urgent first', async () => {
    const rows = await core.value('dashboard:rows', { figure: 'repairs-at-risk' });
    if (rows.kind !== 'repairs') throw new Error(rows.kind);
    const list = await core.value('repairs:list', { open: true });
    const expected = list.items
      .filter(
        (item) => item.countdown !== null && (item.countdown.overdue || item.countdown.workingDaysLeft <= 3),
      )
      .map((item) => item.id);
    expect(rows.items.map((item) => item.id).sort()).toEqual([...expected].sort());
    expect(rows.items.map((item) => [item.countdown?.overdue, item.countdown?.workingDaysLeft])).toEqual([
      [true, expect.any(Number) as number],
      [false, 3],
    ]);
    expect(list.items).toHaveLength(3);
  });
});
