import { err, ok } from '../../../shared/result';
import type { HandlersOf } from '../ipc/handlers';
import type { SyncService } from '../sync/sync.service';
import type { AuthService } from './auth.service';

export const enrolMessages = {
  alreadyEnrolled: '本机已登记到市平台；如需重新登记，请管理员登录后在“同步”页面办理',
} as const;

export const authHandlers = (
  auth: AuthService,
  sync: Pick<SyncService, 'status' | 'enrol'>,
): HandlersOf<
  'auth:status' | 'auth:sign-in' | 'auth:unlock' | 'auth:sign-out' | 'auth:touch' | 'auth:enrol'
> => ({
  'auth:status': () => ok(auth.status()),
  'auth:sign-in': (request) => auth.signIn(request),
  'auth:unlock': (request) => auth.unlock(request.password),
  'auth:sign-out': () => ok(auth.signOut()),
  // The guard records the activity of every allowed call; this channel is the call that does nothing else.
  'auth:touch': () => ok({}),
  'auth:enrol': async (request) => {
    if (sync.status().enrolled) return err('FORBIDDEN', enrolMessages.alreadyEnrolled);
    const enrolled = await sync.enrol(request);
    return enrolled.ok ? ok(auth.status()) : enrolled;
  },
});
