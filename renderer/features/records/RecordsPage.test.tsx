import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CheckListItem } from '../../../shared/domain/check';
import { useRecordsView } from '../../app/records/records-list';
import { useRouter } from '../../app/router';
import { fake } from '../../testing/dom-setup';
import { renderLive } from '../../testing/render-live';
import { RecordsPage } from './RecordsPage';

const LONG_CASE = 'YX-2026-'.padEnd(64, '0');
const itemOf = (n: number, subjectName = `平顶山市第${n}商贸有限公司`): CheckListItem => ({
  checkId: `check-${n}`,
  checkedAt: '2026-12-06T09:30:00.000+08:00',
  caseNumber: n === 0 ? LONG_CASE : `YX-2026-${String(n).padStart(4, '0')}`,
  matterCode: 'M001',
  matterName: '政府采购供应商资格审查',
  subjectName,
  identifierMasked: '91410402613341561G',
  verdict: 'punishment',
  found: true,
  stale: false,
  overridden: false,
  feedbackState: { required: 1, recorded: 0, open: true },
  externalQueryOpen: false,
  recheck: false,
  superseded: false,
});

beforeEach(() => useRecordsView.setState(useRecordsView.getInitialState()));

describe('核查记录', () => {
  it('lists the checks the core returns, long values on one line, sorts at the core and opens a record', async () => {
    fake().answer('check:list', { total: 1, items: [itemOf(0, '平顶山市嵘沐商贸有限公司')] });
    renderLive(<RecordsPage />);
    const row = await screen.findByTestId('record-row');
    expect(row.textContent).toContain('平顶山市嵘沐商贸有限公司');
    expect(row.textContent).toContain('适用失信惩戒措施');
    // The 64-character 办件编号 is there whole (shown cut with "…", whole on hover).
    expect(screen.getByTitle(LONG_CASE)).toBeTruthy();
    // Newest first by default; a header asks the core for its order.
    expect(fake().callsTo('check:list').at(-1)).toMatchObject({ limit: 20, offset: 0 });
    fireEvent.click(screen.getByRole('columnheader', { name: /办件编号/ }));
    await waitFor(() =>
      expect(fake().callsTo('check:list').at(-1)).toMatchObject({
        sortBy: 'caseNumber',
        sortDirection: 'asc',
      }),
    );
    fireEvent.click(await screen.findByTestId('record-row'));
    expect(useRouter.getState().route).toEqual({ page: 'record', checkId: 'check-0' });
  });

  it('asks the core for the next page, showing the current one until it answers', async () => {
    fake().answer('check:list', ({ offset = 0 }) => ({
      total: 45,
      items: [itemOf(offset + 1), itemOf(offset + 2)],
    }));
    renderLive(<RecordsPage />);
    expect(await screen.findByText('平顶山市第1商贸有限公司')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '下一页' }));
    // No flicker: the first page stays on screen while the core is asked for the second.
    expect(screen.getByText('平顶山市第1商贸有限公司')).toBeTruthy();
    expect(await screen.findByText('平顶山市第21商贸有限公司')).toBeTruthy();
    expect(screen.queryByText('平顶山市第1商贸有限公司')).toBeNull();
    expect(fake().callsTo('check:list').at(-1)).toMatchObject({ limit: 20, offset: 20 });
    // Where the list is stays for when the page opens again.
    expect(useRecordsView.getState().page).toBe(1);
  });

  it('asks again when a check is recorded (in this window or another)', async () => {
    let subject = '平顶山市嵘沐商贸有限公司';
    fake().answer('check:list', () => ({ total: 1, items: [itemOf(1, subject)] }));
    renderLive(<RecordsPage />);
    expect(await screen.findByText('平顶山市嵘沐商贸有限公司')).toBeTruthy();
    const before = fake().callsTo('check:list').length;
    subject = '叶县梧沐建材有限公司';
    act(() => fake().emit({ type: 'check-recorded', checkId: 'check-2' }));
    expect(await screen.findByText('叶县梧沐建材有限公司')).toBeTruthy();
    expect(fake().callsTo('check:list')).toHaveLength(before + 1);
  });

  it('asks nothing for a period that ends before it starts', async () => {
    fake().answer('check:list', { total: 1, items: [itemOf(1)] });
    useRecordsView.getState().setFilters({ from: '2026-12-06', to: '2026-12-01' });
    const before = fake().callsTo('check:list').length;
    renderLive(<RecordsPage />);
    expect(await screen.findByTestId('records-empty')).toBeTruthy();
    expect(fake().callsTo('check:list')).toHaveLength(before);
  });

  it('says so in words when the core cannot list', async () => {
    fake().answer('check:list', {
      ok: false,
      error: { code: 'SIGN_IN_REQUIRED', message: '当前没有登录的用户，请登录' },
    });
    renderLive(<RecordsPage />);
    expect((await screen.findByTestId('records-error')).textContent).toContain('当前没有登录的用户');
  });
});
