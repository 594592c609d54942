import { AppInfo, ConnectivityStatus, Settings, SettingsUpdate } from '../../domain/app';
import { AuthStatus, SignInRequest, UnlockRequest } from '../../domain/auth';
import { DeploymentInfo } from '../../domain/deployment';
import { EnrolRequest } from '../../domain/sync';
import { UpdateStatus } from '../../domain/updates';
import { Empty, ADMIN, SIGNED_IN, channel } from './entry';

// The app itself, the session on this device (sign-in, lock, enrolment) and the device's settings.
export const appChannels = {
  /** Version, host, data directory, cache freshness, settings and connectivity. */
  'app:info': channel({
    request: Empty,
    response: AppInfo,
    roles: 'public',
    action: '查看本机信息',
    sample: {},
  }),
  /**
   * Updates from the city platform: the desktop shell answers it (electron/main/updates/); the core's own
   * answer, which the browser host gives, is that there is no updater.
   */
  'app:update-status': channel({
    request: Empty,
    response: UpdateStatus,
    roles: SIGNED_IN,
    action: '查看更新状态',
    sample: {},
  }),
  'app:connectivity': channel({
    request: Empty,
    response: ConnectivityStatus,
    roles: 'public',
    action: '查看联网状态',
    sample: {},
  }),
  /**
   * The deployment configuration IT installed (设置 › 部署配置, read-only), or where it must go: public, since the
   * sign-in screen of an unconfigured PC tells IT what to provide. Nothing secret: addresses, CA fingerprints, pins.
   */
  'app:deployment': channel({
    request: Empty,
    response: DeploymentInfo,
    roles: 'public',
    action: '查看部署配置',
    sample: {},
  }),
  /** Who is signed in on this device (null: nobody), and whether the session is locked. */
  'auth:status': channel({
    request: Empty,
    response: AuthStatus,
    // The sign-in and lock screens: public, each checks the password itself. Sign-out is public so 切换用户 works
    // on the lock screen; touching needs an open session (a locked one must not be kept alive by it).
    roles: 'public',
    action: '查看登录状态',
    sample: {},
  }),
  /** Online at the enrolled platform first; the offline credential cache when it cannot be reached. */
  'auth:sign-in': channel({
    request: SignInRequest,
    response: AuthStatus,
    roles: 'public',
    action: '登录',
    sample: { username: 'wangfang', password: 'demo1234' },
  }),
  /** The signed-in user's password again, after the inactivity lock. */
  'auth:unlock': channel({
    request: UnlockRequest,
    response: AuthStatus,
    roles: 'public',
    action: '解锁',
    sample: { password: 'demo1234' },
  }),
  'auth:sign-out': channel({
    request: Empty,
    response: AuthStatus,
    roles: 'public',
    action: '退出登录',
    sample: {},
  }),
  /**
   * The first enrolment of a fresh device, from the sign-in screen: before it nobody can sign in online, and the
   * platform's one-time code is the credential. Refused once enrolled (re-enrolment is sync:enrol, admin only).
   */
  'auth:enrol': channel({
    request: EnrolRequest,
    response: AuthStatus,
    roles: 'public',
    action: '首次登记本机',
    sample: {
      code: 'ABCDEF12',
      deviceName: '叶县政务服务中心1号窗口',
    },
  }),
  /** The renderer reports user activity (throttled), which postpones the inactivity lock. */
  'auth:touch': channel({
    request: Empty,
    response: Empty,
    roles: SIGNED_IN,
    action: '保持登录',
    sample: {},
  }),
  'settings:update': channel({
    request: SettingsUpdate,
    response: Settings,
    roles: ADMIN,
    action: '修改本机设置',
    sample: { department: '叶县政务服务中心' },
  }),
};
