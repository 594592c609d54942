import { useEffect } from 'react';
import { useCheckStore } from './check/check-store';
import { useAuthStore } from './auth/auth-store';
import { offeredTo } from './Navigation';
import { useRouter, type Route } from './router';

const roleOf = () => {
  const session = useAuthStore.getState().session;
  return session && !session.locked ? session.user.role : null;
};

const FEEDBACK_FORM = 'form[data-testid="feedback-form"]';

// Checklist: the shortcuts in Navigation.tsx and the hint in features/check/texts.ts.
const pages: Record<string, Route> = {
  Digit1: { page: 'check' },
  Digit2: { page: 'records' },
  Digit3: { page: 'commitments' },
  Digit4: { page: 'repairs' },
  Digit5: { page: 'sync' },
  Digit6: { page: 'settings' },
  Digit7: { page: 'reports' },
  Digit8: { page: 'dashboard' },
  Digit9: { page: 'audit' },
  Digit0: { page: 'inspections' },
  // 异议 (yì): the digits are all taken.
  KeyY: { page: 'objections' },
};

/**
 * App-wide keys (event.code, so they work whatever the keyboard layout or IME):
 * Alt+N new check · Alt+1…9, 0 pages in navigation order, Alt+Y 异议处理 · Ctrl+Enter submits the first open feedback form when focus is outside one
 * (inside a form, the form handles it itself).
 */
export const useGlobalShortcuts = (): void => {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.isComposing) return;
      const plainAlt = event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
      if (plainAlt && event.code === 'KeyN') {
        event.preventDefault();
        useRouter.getState().navigate({ page: 'check' });
        useCheckStore.getState().reset();
        return;
      }
      const page = pages[event.code];
      if (plainAlt && page !== undefined && offeredTo(roleOf(), page.page)) {
        event.preventDefault();
        useRouter.getState().navigate(page);
        return;
      }
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        const target = event.target instanceof Element ? event.target : null;
        if (target?.closest(FEEDBACK_FORM) !== null && target !== null) return;
        const form = document.querySelector<HTMLFormElement>(FEEDBACK_FORM);
        if (form === null) return;
        event.preventDefault();
        form.requestSubmit();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
};
