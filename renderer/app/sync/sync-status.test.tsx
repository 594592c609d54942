import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../shared/domain/sync';
import { createQueryClient, startQueryRefresh } from '../query/query-client';
import { fake } from '../../testing/dom-setup';
import { startSyncStore, useSyncStore } from './sync-store';
import { useSyncStatus } from './use-sync-status';

const status = (patch: Partial<SyncStatus> = {}): SyncStatus => ({
  platformUrl: 'https://xy.example.gov.cn',
  configuredPlatformUrl: 'https://xy.example.gov.cn',
  demoPlatform: false,
  deviceId: '叶县 3号窗口',
  enrolled: true,
  lastSyncAt: '2026-12-06T09:00:00.000+08:00',
  cursor: 10,
  latest: 12,
  behind: 2,
  outbox: { pending: 3, delivered: 20, rejected: 0, conflict: 0 },
  rejected: [],
  pendingItems: [],
  running: false,
  progress: null,
  lastError: null,
  serverOffsetMs: null,
  reviewsOpen: 4,
  live: false,
  ...patch,
});

const Shown = () => {
  const { status: shown, statusError } = useSyncStatus();
  return (
    <p data-testid="status">{statusError ?? (shown === null ? '' : `待上传 ${shown.outbox.pending}`)}</p>
  );
};

let stops: (() => void)[] = [];
const renderLive = () => {
  const queries = createQueryClient();
  stops = [startQueryRefresh(queries), startSyncStore(queries)];
  return render(
    <QueryClientProvider client={queries}>
      <Shown />
    </QueryClientProvider>,
  );
};
const fresh = useSyncStore.getState();
beforeEach(() => useSyncStore.setState(fresh, true));
afterEach(() => stops.forEach((stop) => stop()));

describe('the sync status through the query cache', () => {
  it('seeds the badge’s count from the status, then follows the core’s events', async () => {
    let pending = 3;
    fake().answer('sync:status', () =>
      status({ outbox: { pending, delivered: 20, rejected: 0, conflict: 0 } }),
    );
    renderLive();
    await waitFor(() => expect(screen.getByTestId('status').textContent).toBe('待上传 3'));
    expect(useSyncStore.getState().reviewsOpen).toBe(4);
    act(() => fake().emit({ type: 'reviews-changed', open: 1 }));
    expect(useSyncStore.getState().reviewsOpen).toBe(1);
    // A check grows the outbox: the status is asked again.
    pending = 4;
    act(() => fake().emit({ type: 'check-recorded', checkId: 'check-9' }));
    await waitFor(() => expect(screen.getByTestId('status').textContent).toBe('待上传 4'));
  });

  it('keeps what an event said over a status asked before it', async () => {
    fake().answer('sync:status', () => status({ running: false }));
    renderLive();
    // The sync starts while the first status is on its way (asked as the component mounted).
    act(() =>
      fake().emit({
        type: 'sync-progress',
        progress: { phase: 'pull', done: 1, total: 10, ratePerSecond: 5 },
      }),
    );
    await waitFor(() => expect(screen.getByTestId('status').textContent).toBe('待上传 3'));
    expect(useSyncStore.getState().running).toBe(true);
  });

  it('asks again when 实时同步 begins or ends', async () => {
    let live = false;
    fake().answer('sync:status', () => status({ live }));
    const LiveShown = () => <p data-testid="live">{String(useSyncStatus().status?.live)}</p>;
    const queries = createQueryClient();
    stops = [startQueryRefresh(queries)];
    render(
      <QueryClientProvider client={queries}>
        <LiveShown />
      </QueryClientProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('live').textContent).toBe('false'));
    live = true;
    act(() => fake().emit({ type: 'sync-live', live: true }));
    await waitFor(() => expect(screen.getByTestId('live').textContent).toBe('true'));
  });

  it('says why the core did not answer, in its words', async () => {
    fake().answer('sync:status', {
      ok: false,
      error: { code: 'SIGN_IN_REQUIRED', message: '当前没有登录的用户，请登录' },
    });
    renderLive();
    await waitFor(() => expect(screen.getByTestId('status').textContent).toBe('当前没有登录的用户，请登录'));
  });
});
