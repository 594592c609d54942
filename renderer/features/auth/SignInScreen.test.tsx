import { fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAuthStore } from '../../app/auth/auth-store';
import { fake } from '../../testing/dom-setup';
import { renderInApp } from '../../testing/render';
import { sampleAppInfo } from '../../testing/samples';
import { SignInScreen } from './SignInScreen';

beforeEach(() => {
  useAuthStore.setState({
    session: null,
    device: { enrolled: true, configuredPlatformUrl: 'https://xy.example.gov.cn' },
  });
});

const typeAndSubmit = (username: string, password: string): void => {
  fireEvent.change(screen.getByTestId('signin-username'), { target: { value: username } });
  fireEvent.change(screen.getByTestId('signin-password'), { target: { value: password } });
  fireEvent.click(screen.getByTestId('signin-submit'));
};

describe('the sign-in screen', () => {
  it('names the demo accounts and shows the banner only while demo data are in use', async () => {
    fake().answer('app:info', sampleAppInfo({ demoData: true }));
    const { unmount } = renderInApp(<SignInScreen />);
    expect(await screen.findByTestId('signin-demo-accounts')).toHaveProperty(
      'textContent',
      expect.stringContaining('wangfang（窗口工作人员）'),
    );
    expect(screen.getByTestId('demo-banner').textContent).toContain('当前为演示数据');
    unmount();

    fake().answer('app:info', sampleAppInfo());
    renderInApp(<SignInScreen />);
    expect(await screen.findByTestId('signin-mode')).toBeTruthy();
    expect(screen.queryByTestId('signin-demo-accounts')).toBeNull();
    expect(screen.queryByTestId('demo-banner')).toBeNull();
  });

  it('asks at each empty field, in Chinese, and sends nothing', async () => {
    fake().answer('app:info', sampleAppInfo());
    renderInApp(<SignInScreen />);
    typeAndSubmit('  ', '');
    expect(await screen.findByText('请输入用户名')).toBeTruthy();
    expect(screen.getByText('请输入密码')).toBeTruthy();
    expect(screen.getByTestId('signin-username').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('signin-password').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByTestId('signin-error')).toBeNull();
    expect(fake().callsTo('auth:sign-in')).toHaveLength(0);
  });

  it('sends the user name trimmed, shows the core’s refusal in Chinese and clears the password', async () => {
    fake().answer('app:info', sampleAppInfo());
    fake().answer('auth:sign-in', {
      ok: false,
      error: { code: 'SIGN_IN_FAILED', message: '用户名或密码错误' },
    });
    renderInApp(<SignInScreen />);
    typeAndSubmit(' wangfang ', 'wrong');
    expect((await screen.findByTestId('signin-error')).textContent).toBe('用户名或密码错误');
    expect(fake().callsTo('auth:sign-in')).toEqual([{ username: 'wangfang', password: 'wrong' }]);
    expect(screen.getByTestId<HTMLInputElement>('signin-password').value).toBe('');
    expect(screen.queryByText('请输入密码')).toBeNull();
  });

  it('says so when the PC was enrolled while the screen is open, and drops the refusal from before', async () => {
    useAuthStore.setState({
      device: { enrolled: false, configuredPlatformUrl: 'https://xy.example.gov.cn' },
    });
    fake().answer('app:info', sampleAppInfo());
    fake().answer('auth:sign-in', {
      ok: false,
      error: { code: 'SIGN_IN_FAILED', message: '本机尚未登记到市平台' },
    });
    renderInApp(<SignInScreen />);
    typeAndSubmit('wangfang', 'x');
    expect(await screen.findByText('本机尚未登记到市平台')).toBeTruthy();
    useAuthStore.setState({ device: { enrolled: true, configuredPlatformUrl: 'https://xy.example.gov.cn' } });
    expect(await screen.findByTestId('signin-enrolled')).toBeTruthy();
    expect(screen.queryByText('本机尚未登记到市平台')).toBeNull();
  });
});
