import type { AuthStatus, SignInMethod, SignInRequest } from '../../../shared/domain/auth';
import type { PlatformUser, UserToken } from '../../../shared/platform-api/api';
import { err, ok, type Result } from '../../../shared/result';
import type { Db } from '../../../node-shared/db/connection';
import { PlatformRequestError, type PlatformClient } from '../sync/platform-client';
import { recordAuth } from './auth.audit';
import { saveUserToken } from './credentials.repo';
import { offlineSignInMessages, type CredentialCache } from './credential-cache';
import { operatorLabel, type SessionHolder } from './session';

export type AuthDeps = {
  db: Db;
  now: () => Date;
  session: SessionHolder;
  cache: CredentialCache;
  /** A client for the enrolled platform (device token set), or null: not configured or not enrolled. */
  platform: () => PlatformClient | null;
  device: () => AuthStatus['device'];
};

export const authMessages = {
  noSession: '当前没有登录的用户，请登录',
  /** Only the password is asked at the lock screen: the username cannot be what is wrong. */
  unlockWrongPassword: '密码错误，请重新输入',
  /** A user with no offline record on a PC that is not enrolled: enrolment, not the record, is what is missing. */
  notEnrolled: '本机尚未登记到市平台，无法联网登录：请先点击“登记本机”，由管理员提供登记码',
} as const;

/** How the platform answered: the user, a definite refusal, or no answer (network, not enrolled, outage). */
type OnlineOutcome =
  | { kind: 'accepted'; user: PlatformUser; userToken: UserToken }
  | { kind: 'refused' }
  | { kind: 'locked'; message: string }
  | { kind: 'unreachable'; code: string };

async function askPlatform(client: PlatformClient | null, request: SignInRequest): Promise<OnlineOutcome> {
  if (client === null) return { kind: 'unreachable', code: 'NO_PLATFORM' };
  try {
    return { kind: 'accepted', ...(await client.login(request.username, request.password)) };
  } catch (error) {
    // Only LOGIN_FAILED is the platform saying no to this user; anything else (a revoked device, a 5xx, no
    // network) says nothing about the password, and the offline cache decides.
    if (error instanceof PlatformRequestError && error.code === 'LOGIN_FAILED') return { kind: 'refused' };
    // The platform locked this username (or this office's address) after repeated failures: the offline cache
    // must not become a way around its lock.
    if (error instanceof PlatformRequestError && error.code === 'LOGIN_LOCKED')
      return { kind: 'locked', message: error.message };
    return { kind: 'unreachable', code: error instanceof PlatformRequestError ? error.code : 'NETWORK' };
  }
}

export function createAuthService(deps: AuthDeps) {
  const { db, now, session, cache } = deps;
  const status = (): AuthStatus => ({ session: session.status(), device: deps.device() });

  const begin = (user: PlatformUser, how: SignInMethod, detail: Record<string, unknown>): AuthStatus => {
    const previous = session.user();
    // 切换用户 without signing out first: the previous session ends on the record too.
    if (previous !== null) {
      recordAuth(db, now(), {
        actor: operatorLabel(previous),
        action: 'auth.sign-out',
        username: previous.username,
        detail: { reason: 'replaced' },
      });
    }
    recordAuth(db, now(), {
      actor: operatorLabel(user),
      action: 'auth.sign-in',
      username: user.username,
      detail: { how, role: user.role, ...detail },
    });
    session.begin(user, how);
    return status();
  };

  const refuse = (
    username: string,
    reason: string,
    how: SignInMethod,
    message: string,
  ): Result<AuthStatus> => {
    recordAuth(db, now(), {
      actor: `未登录（${username}）`,
      action: 'auth.sign-in-failed',
      username,
      detail: { username, reason, how },
    });
    return err('SIGN_IN_FAILED', message, { reason });
  };

  return {
    status,

    signIn: async (request: SignInRequest): Promise<Result<AuthStatus>> => {
      const online = await askPlatform(deps.platform(), request);
      if (online.kind === 'accepted') {
        await cache.rememberOnlineSignIn(request.password, online.user);
        // The user's workflow entries are pushed with it, until the next online sign-in replaces it.
        saveUserToken(db, online.user.username, online.userToken);
        return ok(begin(online.user, 'online', {}));
      }
      if (online.kind === 'refused') {
        // The old password must stop working offline too (credential-cache.ts).
        cache.forget(request.username);
        return refuse(request.username, 'platform-refused', 'online', offlineSignInMessages.wrongPassword);
      }
      if (online.kind === 'locked')
        return refuse(request.username, 'platform-locked', 'online', `市平台${online.message}`);
      const offline = await cache.verifyOffline(request.username, request.password);
      if (!offline.ok) {
        const reason = (offline.error.details as { reason?: string } | undefined)?.reason ?? 'unknown';
        const message =
          reason === 'unknown-user' && !deps.device().enrolled
            ? authMessages.notEnrolled
            : offline.error.message;
        return refuse(request.username, reason, 'offline', message);
      }
      return ok(
        begin(offline.value.user, 'offline', { platform: online.code, cachedAt: offline.value.cachedAt }),
      );
    },

    /** The same user's password after the inactivity lock, checked against the offline cache (no network). */
    unlock: async (password: string): Promise<Result<AuthStatus>> => {
      const user = session.user();
      if (user === null) return err('SIGN_IN_REQUIRED', authMessages.noSession);
      if (session.role() !== null) return ok(status());
      const verified = await cache.verifyOffline(user.username, password);
      if (!verified.ok) {
        const reason = (verified.error.details as { reason?: string } | undefined)?.reason ?? 'unknown';
        recordAuth(db, now(), {
          actor: operatorLabel(user),
          action: 'auth.unlock-failed',
          username: user.username,
          detail: { reason },
        });
        const message =
          reason === 'wrong-password' ? authMessages.unlockWrongPassword : verified.error.message;
        return err('SIGN_IN_FAILED', message, { reason });
      }
      recordAuth(db, now(), {
        actor: operatorLabel(user),
        action: 'auth.unlock',
        username: user.username,
        detail: {},
      });
      session.unlock();
      return ok(status());
    },

    signOut: (): AuthStatus => {
      const user = session.user();
      if (user !== null) {
        recordAuth(db, now(), {
          actor: operatorLabel(user),
          action: 'auth.sign-out',
          username: user.username,
          detail: { reason: 'user' },
        });
        session.end();
      }
      return status();
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
