import { useEffect } from 'react';
import { client } from '../../transport/client';
import { useAuthStore } from '../../app/auth/auth-store';

/** At most one report per this long; shorter for a short lock period, so it never lapses while someone works. */
const MAX_REPORT_EVERY_MS = 30_000;

/**
 * Reports user activity (keys, pointer, wheel) to the core, throttled, while the session is open: the core's
 * inactivity lock counts from the last report. Calls made by a click count too (the guard touches on them).
 */
export const useActivityReports = (): void => {
  const session = useAuthStore((state) => state.session);
  const open = session !== null && session !== undefined && !session.locked;
  const period = session?.lockAfterMs ?? 0;
  useEffect(() => {
    if (!open) return;
    const every = Math.min(MAX_REPORT_EVERY_MS, Math.floor(period / 4));
    let last = performance.now();
    const onActivity = (): void => {
      const now = performance.now();
      if (now - last < every) return;
      last = now;
      void client.call('auth:touch', {});
    };
    const events = ['keydown', 'pointerdown', 'wheel'] as const;
    events.forEach((name) => window.addEventListener(name, onActivity, { capture: true, passive: true }));
    return () => events.forEach((name) => window.removeEventListener(name, onActivity, { capture: true }));
  }, [open, period]);
};
