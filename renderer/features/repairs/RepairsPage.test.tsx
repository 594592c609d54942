import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RepairList } from '../../../shared/domain/repair';
import { fake } from '../../testing/dom-setup';
import { renderLive } from '../../testing/render-live';
import { useRepairsView } from './list/repairs-list';
import { RepairsPage } from './RepairsPage';

const listOf = (applicantName: string): RepairList => ({
  total: 1,
  items: [
    {
      id: 'repair-1',
      applicantName,
      targetTitle: '行政处罚：未按规定公示年度报告',
      state: 'submitted',
      createdAt: '2026-12-01T09:00:00.000+08:00',
      countdown: null,
      outcome: null,
      attachments: 2,
      conflict: false,
      pending: false,
    },
  ],
});

beforeEach(() => useRepairsView.setState(useRepairsView.getInitialState()));

describe('信用修复 list', () => {
  it('shows the open applications the core returns; a header asks the core for its order', async () => {
    fake().answer('repairs:list', listOf('平顶山市嵘沐商贸有限公司'));
    renderLive(<RepairsPage />);
    expect(await screen.findByText('平顶山市嵘沐商贸有限公司')).toBeTruthy();
    expect(fake().callsTo('repairs:list').at(-1)).toMatchObject({ open: true, limit: 20, offset: 0 });
    fireEvent.click(screen.getByRole('columnheader', { name: /申请人/ }));
    await waitFor(() =>
      expect(fake().callsTo('repairs:list').at(-1)).toMatchObject({
        sortBy: 'applicantName',
        sortDirection: 'asc',
      }),
    );
  });

  it('asks again when the core says repairs changed', async () => {
    let name = '平顶山市嵘沐商贸有限公司';
    fake().answer('repairs:list', () => listOf(name));
    renderLive(<RepairsPage />);
    expect(await screen.findByText('平顶山市嵘沐商贸有限公司')).toBeTruthy();
    name = '叶县梧沐建材有限公司';
    act(() => fake().emit({ type: 'workflow-changed', area: 'repairs' }));
    expect(await screen.findByText('叶县梧沐建材有限公司')).toBeTruthy();
  });

  it('says so in words when the core cannot list', async () => {
    fake().answer('repairs:list', {
      ok: false,
      error: { code: 'SIGN_IN_REQUIRED', message: '当前没有登录的用户，请登录' },
    });
    renderLive(<RepairsPage />);
    expect((await screen.findByTestId('repairs-error')).textContent).toContain('当前没有登录的用户');
  });
});
