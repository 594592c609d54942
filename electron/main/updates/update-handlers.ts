import { ok } from '../../../shared/result';
import type { HostHandlers } from '../ipc';
import type { Updates } from './updater';

/**
 * app:update-status answered by the shell, which has the updater. The core is asked first: it checks the
 * caller's role and answers for the browser host (no updater); only an allowed call gets the updater's status.
 */
export function updateHandlers(updates: Updates): HostHandlers {
  return {
    'app:update-status': async (_event, request, core) => {
      const allowed = await core(request);
      return allowed.ok ? ok(updates.status()) : allowed;
    },
  };
}
