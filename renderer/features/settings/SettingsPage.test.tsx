import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AppInfo } from '../../../shared/domain/app';
import { appInfoKey } from '../../app/app-info';
import { useAuthStore } from '../../app/auth/auth-store';
import { createQueryClient } from '../../app/query/query-client';
import { fake } from '../../testing/dom-setup';
import { renderInApp } from '../../testing/render';
import { sampleAppInfo } from '../../testing/samples';
import { SettingsPage } from './SettingsPage';

const signInAs = (role: 'admin' | 'clerk') =>
  useAuthStore.setState({
    session: {
      user: { username: role, displayName: role, role, department: '', districtCode: '410422' },
      how: 'online',
      signedInAt: '2026-12-06T08:00:00+08:00',
      locked: false,
      lockAfterMs: 900_000,
    },
  });

beforeEach(() => {
  fake().answer('app:info', sampleAppInfo());
  signInAs('admin');
});

const type = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } });

describe('设置 (react-hook-form with the contract’s schema)', () => {
  it('refuses at its field, in words, what settings:update would refuse, and sends nothing', async () => {
    renderInApp(<SettingsPage />);
    await screen.findByTestId('settings-save');
    type('settings-department-code', 'abc');
    type('settings-lock-minutes', '999');
    fireEvent.click(screen.getByTestId('settings-save'));
    expect(await screen.findByText('单位代码应为18位统一社会信用代码或9位组织机构代码')).toBeTruthy();
    expect(screen.getByText('不能大于 240')).toBeTruthy();
    expect(fake().callsTo('settings:update')).toHaveLength(0);
  });

  it('saves what was typed, trimmed, says so, and puts the saved settings into the cached app:info', async () => {
    fake().answer('settings:update', (request) => ({ ...sampleAppInfo().settings, ...request }));
    const queries = createQueryClient();
    renderInApp(<SettingsPage />, { queries });
    await screen.findByTestId('settings-save');
    const asked = fake().callsTo('app:info').length;
    type('settings-department', ' 宝丰县政务服务中心 ');
    type('settings-stale-hours', '48');
    fireEvent.click(screen.getByTestId('settings-save'));
    expect(await screen.findByTestId('settings-saved')).toBeTruthy();
    await waitFor(() =>
      expect(fake().callsTo('settings:update').at(-1)).toMatchObject({
        department: '宝丰县政务服务中心',
        departmentCode: '11410422MB1234567X',
        staleAfterHours: 48,
        lockAfterMinutes: 15,
      }),
    );
    expect(queries.getQueryData<AppInfo>(appInfoKey)?.settings).toMatchObject({
      department: '宝丰县政务服务中心',
      staleAfterHours: 48,
    });
    expect(fake().callsTo('app:info')).toHaveLength(asked);
  });

  it('shows the settings read-only to a clerk, with no 保存', async () => {
    signInAs('clerk');
    renderInApp(<SettingsPage />);
    expect(await screen.findByTestId('settings-admin-only')).toBeTruthy();
    expect(screen.queryByTestId('settings-save')).toBeNull();
  });

  it('says in Chinese why the settings cannot be read', async () => {
    fake().answer('app:info', { ok: false, error: { code: 'INTERNAL', message: '本机服务出错' } });
    renderInApp(<SettingsPage />);
    expect((await screen.findByTestId('settings-info-error')).textContent).toBe(
      '无法读取程序信息：本机服务出错',
    );
  });
});
