import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fake } from '../../testing/dom-setup';
import { CoreRefusal, createQueryClient, startQueryRefresh, staleAfter, useCoreQuery } from './query-client';

const Shown = () => {
  const query = useCoreQuery('audit:list', {});
  if (query.error !== null) return <p>{query.error.message}</p>;
  return <p data-testid="total">{query.data?.total ?? '…'}</p>;
};

let stop = (): void => undefined;
afterEach(() => stop());

describe('server state through TanStack Query', () => {
  it('refetches what a sync may have changed when the core says it finished', async () => {
    let total = 1;
    fake().answer('audit:list', () => ({ total, items: [], actors: [], actions: [] }));
    const queries = createQueryClient();
    stop = startQueryRefresh(queries);
    render(
      <QueryClientProvider client={queries}>
        <Shown />
      </QueryClientProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('total').textContent).toBe('1'));
    total = 2;
    fake().emit({ type: 'sync-finished', ok: true, summary: null, error: null });
    await waitFor(() => expect(screen.getByTestId('total').textContent).toBe('2'));
    expect(fake().callsTo('audit:list')).toHaveLength(2);
  });

  it('carries a refusal as the query’s error, in the core’s words, and does not retry it', async () => {
    fake().answer('audit:list', {
      ok: false,
      error: { code: 'ROLE_FORBIDDEN', message: '无权查看审计日志' },
    });
    const before = fake().callsTo('audit:list').length;
    render(
      <QueryClientProvider client={createQueryClient()}>
        <Shown />
      </QueryClientProvider>,
    );
    expect(await screen.findByText('无权查看审计日志')).toBeTruthy();
    expect(fake().callsTo('audit:list')).toHaveLength(before + 1);
    expect(new CoreRefusal('X', '说明')).toBeInstanceOf(Error);
  });

  it('knows which answers each event makes old', () => {
    expect(staleAfter({ type: 'check-recorded', checkId: 'c' })?.('check:get')).toBe(true);
    expect(staleAfter({ type: 'check-recorded', checkId: 'c' })?.('audit:list')).toBe(false);
    expect(staleAfter({ type: 'check-recorded', checkId: 'c' })?.('reviews:list')).toBe(false);
    expect(staleAfter({ type: 'reviews-changed', open: 1 })?.('reviews:list')).toBe(true);
    expect(staleAfter({ type: 'reviews-changed', open: 1 })?.('check:get')).toBe(true);
    expect(staleAfter({ type: 'workflow-changed', area: 'repairs' })?.('repairs:get')).toBe(true);
    const online = {
      state: 'online' as const,
      platformUrl: null,
      checkedAt: '2026-12-06T10:00:00.000+08:00',
    };
    expect(staleAfter({ type: 'connectivity', status: online })?.('app:info')).toBe(true);
    expect(staleAfter({ type: 'connectivity', status: online })?.('check:get')).toBe(false);
    expect(staleAfter({ type: 'session', session: null })).toBeNull();
  });
});
