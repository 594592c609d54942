import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DatePickersProvider } from '../../app/fields/DatePickersProvider';
import { useRouter } from '../../app/router';
import { fake } from '../../testing/dom-setup';
import { RecordsPage } from './RecordsPage';

const LONG_CASE = 'YX-2026-'.padEnd(64, '0');
const item = {
  checkId: 'check-4f0c2a9e',
  checkedAt: '2026-12-06T09:30:00.000+08:00',
  caseNumber: LONG_CASE,
  matterCode: 'M001',
  matterName: '政府采购供应商资格审查',
  subjectName: '平顶山市嵘沐商贸有限公司',
  identifierMasked: '91410402613341561G',
  verdict: 'punishment' as const,
  found: true,
  stale: false,
  overridden: false,
  feedbackState: { required: 1, recorded: 0, open: true },
  externalQueryOpen: false,
  recheck: false,
  superseded: false,
};

describe('核查记录', () => {
  it('lists the checks the core returns, long values on one line, sorts at the core and opens a record', async () => {
    fake().answer('check:list', { total: 1, items: [item] });
    render(
      <DatePickersProvider>
        <RecordsPage />
      </DatePickersProvider>,
    );
    const row = await screen.findByTestId('record-row');
    expect(row.textContent).toContain('平顶山市嵘沐商贸有限公司');
    expect(row.textContent).toContain('适用失信惩戒措施');
    // The 64-character 办件编号 is there whole (shown cut with "…", whole on hover).
    expect(screen.getByTitle(LONG_CASE)).toBeTruthy();
    // Newest first by default; a header asks the core for its order.
    expect(fake().callsTo('check:list')[0]).toMatchObject({ limit: 20, offset: 0 });
    fireEvent.click(screen.getByRole('columnheader', { name: /办件编号/ }));
    await waitFor(() =>
      expect(fake().callsTo('check:list').at(-1)).toMatchObject({
        sortBy: 'caseNumber',
        sortDirection: 'asc',
      }),
    );
    fireEvent.click(await screen.findByTestId('record-row'));
    expect(useRouter.getState().route).toEqual({ page: 'record', checkId: 'check-4f0c2a9e' });
  });

  it('says so in words when the core cannot list', async () => {
    fake().answer('check:list', {
      ok: false,
      error: { code: 'SIGN_IN_REQUIRED', message: '当前没有登录的用户，请登录' },
    });
    render(
      <DatePickersProvider>
        <RecordsPage />
      </DatePickersProvider>,
    );
    expect((await screen.findByTestId('records-error')).textContent).toContain('当前没有登录的用户');
  });
});
