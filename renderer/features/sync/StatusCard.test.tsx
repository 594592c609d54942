import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../shared/domain/sync';
import { renderLive } from '../../testing/render-live';
import { StatusCard } from './StatusCard';

const status = (patch: Partial<SyncStatus>): SyncStatus => ({
  platformUrl: 'https://xy.example.gov.cn',
  configuredPlatformUrl: 'https://xy.example.gov.cn',
  demoPlatform: false,
  deviceId: 'device-1',
  enrolled: true,
  lastSyncAt: '2026-12-06T09:00:00.000+08:00',
  cursor: 10,
  latest: 10,
  behind: 0,
  outbox: { pending: 0, delivered: 20, rejected: 0, conflict: 0 },
  rejected: [],
  pendingItems: [],
  running: false,
  progress: null,
  lastError: null,
  serverOffsetMs: null,
  reviewsOpen: 0,
  live: false,
  ...patch,
});

describe('the sync mode on the status card', () => {
  it('says 实时同步 while the client waits at the platform, 定时同步 otherwise', () => {
    const { unmount } = renderLive(<StatusCard status={status({ live: true })} />);
    expect(screen.getByTestId('sync-mode').textContent).toBe('同步方式：实时同步');
    unmount();
    renderLive(<StatusCard status={status({ live: false })} />);
    expect(screen.getByTestId('sync-mode').textContent).toBe('同步方式：定时同步');
  });

  it('says what the mode means in words on the card, not only in a tooltip', () => {
    const { unmount } = renderLive(<StatusCard status={status({ live: true })} />);
    expect(screen.getByTestId('sync-mode-hint').textContent).toContain('市平台一有更新');
    unmount();
    renderLive(<StatusCard status={status({ live: false })} />);
    expect(screen.getByTestId('sync-mode-hint').textContent).toContain('连接市平台后自动转为实时同步');
  });

  it('is not shown before the PC is enrolled', () => {
    renderLive(<StatusCard status={status({ enrolled: false })} />);
    expect(screen.queryByTestId('sync-mode')).toBeNull();
  });
});
