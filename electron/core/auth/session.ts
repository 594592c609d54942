import type { Session, SignInMethod } from '../../../shared/domain/auth';
import type { PlatformUser, Role } from '../../../shared/platform-api/api';
import { toBeijingIso } from '../../../shared/time';
import type { EventBus } from '../events';

// The one session of this device (one window PC, one person at a time), held in the core's memory only: a
// restart of the app signs everyone out. Inactivity is measured on a monotonic clock (shared/auth/inactivity.ts
// says why); the lock is applied both by a timer (so the screen locks while nobody touches anything) and on
// every look at the role (so a late timer never lets a call through).

/** Never wait longer than this between looks, so a shorter period set on 设置 takes effect within a minute. */
const MAX_TIMER_MS = 60_000;

type State = {
  user: PlatformUser;
  how: SignInMethod;
  signedInAt: string;
  lastActivity: number;
  locked: boolean;
};

export type SessionDeps = {
  now: () => Date;
  /** Milliseconds on a clock that never jumps (performance.now()); tests pass a fake one. */
  monotonic: () => number;
  /** The inactivity period in force (settings, or a test's override). */
  lockAfterMs: () => number;
  events: EventBus;
  /** Records the lock in the audit log (the session knows nothing of storage). */
  onLocked: (user: PlatformUser) => void;
};

export type SessionHolder = ReturnType<typeof createSession>;

export { operatorLabel } from '../../../shared/auth/operator-label';

export function createSession(deps: SessionDeps) {
  let state: State | null = null;
  let timer: NodeJS.Timeout | undefined;

  const view = (): Session | null =>
    state === null
      ? null
      : {
          user: state.user,
          how: state.how,
          signedInAt: state.signedInAt,
          locked: state.locked,
          lockAfterMs: deps.lockAfterMs(),
        };
  const emit = (): void => deps.events.emit({ type: 'session', session: view() });

  const stopTimer = (): void => {
    clearTimeout(timer);
    timer = undefined;
  };
  const arm = (delay: number): void => {
    stopTimer();
    timer = setTimeout(lockIfIdle, Math.max(0, Math.min(delay, MAX_TIMER_MS)));
    // The lock timer alone never keeps a process (a test, the host at shutdown) alive.
    timer.unref();
  };

  function lockIfIdle(): void {
    if (state === null || state.locked) return;
    const now = deps.monotonic();
    const period = deps.lockAfterMs();
    // Time running backwards cannot happen on a monotonic clock; if it does, asking again is the safe answer.
    if (now < state.lastActivity || now - state.lastActivity >= period) {
      state.locked = true;
      stopTimer();
      deps.onLocked(state.user);
      emit();
      return;
    }
    arm(state.lastActivity + period - now);
  }

  return {
    /** The role calls are allowed for: null when nobody is signed in or the session is locked. */
    role: (): Role | null => {
      lockIfIdle();
      return state === null || state.locked ? null : state.user.role;
    },
    /** The signed-in user, locked or not. */
    user: (): PlatformUser | null => state?.user ?? null,
    status: (): Session | null => {
      lockIfIdle();
      return view();
    },
    /** Activity: postpones the lock of an open session; a locked one stays locked. */
    touch: (): void => {
      lockIfIdle();
      if (state !== null && !state.locked) state.lastActivity = deps.monotonic();
    },
    begin: (user: PlatformUser, how: SignInMethod): void => {
      state = {
        user,
        how,
        signedInAt: toBeijingIso(deps.now()),
        lastActivity: deps.monotonic(),
        locked: false,
      };
      arm(deps.lockAfterMs());
      emit();
    },
    unlock: (): void => {
      if (state === null) return;
      state.locked = false;
      state.lastActivity = deps.monotonic();
      arm(deps.lockAfterMs());
      emit();
    },
    end: (): void => {
      state = null;
      stopTimer();
      emit();
    },
    dispose: stopTimer,
  };
}
