import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConnectivityStatus } from '../../shared/domain/app';
import { client } from '../transport/client';
import { fake } from '../testing/dom-setup';
import { renderInApp } from '../testing/render';
import { renderLive } from '../testing/render-live';
import { sampleAppInfo, sampleCatalogue } from '../testing/samples';
import { startAppStore, useAppStore } from './app-store';
import { formatDateTime } from './format';
import { createQueryClient, startQueryRefresh } from './query/query-client';
import { FreshnessLine, StatusBanners } from './StatusLines';

const offline: ConnectivityStatus = {
  state: 'offline',
  platformUrl: 'https://xy.example.gov.cn',
  checkedAt: '2026-12-06T09:05:00.000+08:00',
};

let stops: (() => void)[] = [];
beforeEach(() => {
  fake().answer('app:info', sampleAppInfo());
  fake().answer('catalogue:get', sampleCatalogue());
  fake().calls.length = 0;
});
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
});

describe('the app-wide notices (app:info and the catalogue through the query cache)', () => {
  it('shows the demo banner once a connectivity event finds a platform running the demo data set', async () => {
    renderLive(<StatusBanners />);
    await waitFor(() => expect(fake().callsTo('app:info')).toHaveLength(1));
    expect(screen.queryByTestId('demo-banner')).toBeNull();
    fake().answer('app:info', sampleAppInfo({ demoData: true }));
    fake().emit({ type: 'connectivity', status: sampleAppInfo().connectivity });
    expect((await screen.findByTestId('demo-banner')).getAttribute('data-training')).toBe('false');
    expect(fake().callsTo('app:info')).toHaveLength(2);
  });

  it('says in Chinese why the program information or the catalogue cannot be read', async () => {
    fake().answer('app:info', { ok: false, error: { code: 'INTERNAL', message: '本机服务出错' } });
    fake().answer('catalogue:get', { ok: false, error: { code: 'INTERNAL', message: '事项目录损坏' } });
    renderInApp(<StatusBanners />);
    expect(await screen.findByText('无法读取程序信息：本机服务出错')).toBeTruthy();
    expect(await screen.findByText('无法读取事项目录：事项目录损坏')).toBeTruthy();
  });

  it('takes the connectivity and the data-as-of from each app:info answer, and reads again after an outage', async () => {
    const queries = createQueryClient();
    stops.push(startQueryRefresh(queries), startAppStore(queries));
    const unreachable = { ok: false, error: { code: 'TRANSPORT', message: '本机服务未连接' } } as const;
    fake().answer('app:info', unreachable);
    fake().answer('catalogue:get', unreachable);
    renderInApp(
      <>
        <StatusBanners />
        <FreshnessLine />
      </>,
      { queries },
    );
    expect(await screen.findByText('无法读取程序信息：本机服务未连接')).toBeTruthy();
    expect(await screen.findByText('无法读取事项目录：本机服务未连接')).toBeTruthy();
    await waitFor(() => expect(useAppStore.getState().serviceReachable).toBe(false));

    // The service answers again: what failed is read again, and seeds the store.
    const info = sampleAppInfo({ connectivity: offline });
    fake().answer('app:info', info);
    fake().answer('catalogue:get', sampleCatalogue());
    fake().answer('app:connectivity', offline);
    await client.call('app:connectivity', {});
    await waitFor(() => expect(screen.queryByText(/无法读取/)).toBeNull());
    expect(fake().callsTo('catalogue:get')).toHaveLength(2);
    expect(useAppStore.getState().connectivity).toEqual(offline);
    expect(screen.getByTestId('app-freshness').textContent).toContain(
      `数据截至 ${formatDateTime(info.cacheAsOf ?? '')}`,
    );
  });
});
