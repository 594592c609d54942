import { create } from 'zustand';
import type { AuthStatus, Session } from '../../../shared/domain/auth';
import type { Role } from '../../../shared/platform-api/api';
import { client } from '../../transport/client';
import { onAppEvent } from '../../transport/events';
import { onSignInRequired } from '../../transport/session-required';

type AuthState = {
  /** undefined until the first auth:status answer; null: nobody signed in. */
  session: Session | null | undefined;
  /** Enrolled at a platform? (A fresh device is enrolled from the sign-in screen first.) */
  device: AuthStatus['device'] | null;
  loadError: string | null;
  refresh: () => Promise<void>;
  setSession: (session: Session | null) => void;
  setStatus: (status: AuthStatus) => void;
};

export const useAuthStore = create<AuthState>()((set) => ({
  session: undefined,
  device: null,
  loadError: null,
  refresh: async () => {
    const result = await client.call('auth:status', {});
    if (result.ok) set({ session: result.value.session, device: result.value.device, loadError: null });
    else set({ loadError: result.error.message });
  },
  setSession: (session) => set({ session }),
  setStatus: (status) => set({ session: status.session, device: status.device }),
}));

/** The role calls are made with (null while signed out or locked). */
export const useRole = (): Role | null =>
  useAuthStore((state) => (state.session && !state.session.locked ? state.session.user.role : null));

/**
 * Keeps the session current: the first status, the core's session events (the inactivity lock comes from the
 * core's timer), and any SIGN_IN_REQUIRED answer (a lock or restart the events missed) sends it back for a look.
 */
export const startAuthStore = (): (() => void) => {
  const { refresh, setSession } = useAuthStore.getState();
  void refresh();
  const stopEvents = onAppEvent((event) => {
    if (event.type === 'session') setSession(event.session);
  });
  const stopRequired = onSignInRequired(() => void refresh());
  return () => {
    stopEvents();
    stopRequired();
  };
};
