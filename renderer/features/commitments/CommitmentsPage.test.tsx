import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CommitmentList, CommitmentListItem } from '../../../shared/domain/commitment';
import { useCommitmentsView } from '../../app/commitments/commitments-list';
import { fake } from '../../testing/dom-setup';
import { renderLive } from '../../testing/render-live';
import { CommitmentsPage } from './CommitmentsPage';

const itemOf = (committerName: string): CommitmentListItem => ({
  id: 'commitment-7f3a',
  code: 'CN-2026-0007',
  committerName,
  identifierMasked: '91410402613341561G',
  type: 'missing-documents',
  matterCode: 'M001',
  matterName: '食品经营许可',
  madeOn: '2026-11-20',
  verifyBy: '2026-12-10',
  state: 'pending',
  due: 'due-soon',
  fulfilment: null,
  falseCommitment: false,
  conflict: false,
});
const listOf = (committerName: string): CommitmentList => ({
  total: 1,
  counts: { open: 3, dueSoon: 1, overdue: 2 },
  items: [itemOf(committerName)],
});

beforeEach(() => useCommitmentsView.setState(useCommitmentsView.getInitialState()));

describe('告知承诺 list', () => {
  it('shows the commitments and the counts per tab the core returns; a tab asks the core', async () => {
    fake().answer('commitments:list', listOf('平顶山市嵘沐商贸有限公司'));
    renderLive(<CommitmentsPage />);
    expect(await screen.findByText('平顶山市嵘沐商贸有限公司')).toBeTruthy();
    expect(screen.getByTestId('commitment-tab-overdue').getAttribute('data-count')).toBe('2');
    fireEvent.click(screen.getByTestId('commitment-tab-overdue'));
    await waitFor(() =>
      expect(fake().callsTo('commitments:list').at(-1)).toMatchObject({ due: 'overdue', offset: 0 }),
    );
  });

  it('asks again when the core says commitments changed', async () => {
    let name = '平顶山市嵘沐商贸有限公司';
    fake().answer('commitments:list', () => listOf(name));
    renderLive(<CommitmentsPage />);
    expect(await screen.findByText('平顶山市嵘沐商贸有限公司')).toBeTruthy();
    const before = fake().callsTo('commitments:list').length;
    name = '叶县梧沐建材有限公司';
    act(() => fake().emit({ type: 'workflow-changed', area: 'repairs' }));
    act(() => fake().emit({ type: 'workflow-changed', area: 'commitments' }));
    expect(await screen.findByText('叶县梧沐建材有限公司')).toBeTruthy();
    // Only the commitments' event asked.
    expect(fake().callsTo('commitments:list')).toHaveLength(before + 1);
  });

  it('says so in words when the core cannot list', async () => {
    fake().answer('commitments:list', {
      ok: false,
      error: { code: 'SIGN_IN_REQUIRED', message: '当前没有登录的用户，请登录' },
    });
    renderLive(<CommitmentsPage />);
    expect((await screen.findByTestId('commitments-error')).textContent).toContain('当前没有登录的用户');
  });
});
