import { z } from 'zod';
import { PlatformUser } from '../platform-api/api';
import { isoDateTime } from './catalogue';

/** How the session began: the platform accepted the password, or the offline cache did (离线登录). */
export const SignInMethod = z.enum(['online', 'offline']);
export type SignInMethod = z.infer<typeof SignInMethod>;

/** The one session of this device: one window PC, one person at a time. */
export const Session = z.object({
  user: PlatformUser,
  how: SignInMethod,
  signedInAt: isoDateTime,
  /** Locked after inactivity: every channel but the public ones is refused until the password is typed again. */
  locked: z.boolean(),
  /** The inactivity period in force, so the renderer can pace its activity reports. */
  lockAfterMs: z.number().int().positive(),
});
export type Session = z.infer<typeof Session>;

export const AuthStatus = z.object({
  session: Session.nullable(),
  /**
   * Whether this device is enrolled at a platform. Online sign-in needs the enrolment (auth/login takes the
   * device token), so a fresh device is enrolled from the sign-in screen first (auth:enrol), at the platform the
   * deployment configuration names (`configuredPlatformUrl`; null: none configured, nowhere to enrol).
   */
  device: z.object({ enrolled: z.boolean(), configuredPlatformUrl: z.string().nullable() }),
});
export type AuthStatus = z.infer<typeof AuthStatus>;

export const SignInRequest = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(50),
  password: z.string().min(1, '请输入密码').max(200),
});
export type SignInRequest = z.infer<typeof SignInRequest>;

export const UnlockRequest = z.object({ password: z.string().min(1, '请输入密码').max(200) });
