import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Session } from '../../../shared/domain/auth';
import { useAuthStore } from '../../app/auth/auth-store';
import { fake } from '../../testing/dom-setup';
import { renderInApp } from '../../testing/render';
import { LockScreen } from './LockScreen';

const session: Session = {
  user: {
    username: 'wangfang',
    displayName: '王芳',
    role: 'clerk',
    department: '',
    districtCode: '410422',
  },
  how: 'offline',
  signedInAt: '2026-12-06T08:00:00+08:00',
  locked: true,
  lockAfterMs: 900_000,
};

beforeEach(() => {
  useAuthStore.setState({ session });
});

const typeAndUnlock = (password: string): void => {
  fireEvent.change(screen.getByTestId('unlock-password'), { target: { value: password } });
  fireEvent.click(screen.getByTestId('unlock-submit'));
};

describe('the lock screen', () => {
  it('asks for the password at its field, in Chinese, and sends nothing', async () => {
    renderInApp(<LockScreen session={session} />);
    expect(screen.getByTestId('lock-user').textContent).toContain('王芳（wangfang）');
    typeAndUnlock('');
    expect(await screen.findByText('请输入密码')).toBeTruthy();
    expect(screen.getByTestId('unlock-password').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByTestId('signin-error')).toBeNull();
    expect(fake().callsTo('auth:unlock')).toHaveLength(0);
  });

  it('shows the core’s refusal in Chinese and clears the password; the right one unlocks', async () => {
    fake().answer('auth:unlock', {
      ok: false,
      error: { code: 'SIGN_IN_FAILED', message: '密码错误，请重新输入' },
    });
    renderInApp(<LockScreen session={session} />);
    typeAndUnlock('wrong');
    expect((await screen.findByTestId('signin-error')).textContent).toBe('密码错误，请重新输入');
    expect(fake().callsTo('auth:unlock')).toEqual([{ password: 'wrong' }]);
    expect(screen.getByTestId<HTMLInputElement>('unlock-password').value).toBe('');

    const unlocked = { ...session, locked: false };
    fake().answer('auth:unlock', {
      session: unlocked,
      device: { enrolled: true, configuredPlatformUrl: null },
    });
    typeAndUnlock('demo1234');
    await waitFor(() => expect(useAuthStore.getState().session).toEqual(unlocked));
    expect(fake().callsTo('auth:unlock').at(-1)).toEqual({ password: 'demo1234' });
  });
});
