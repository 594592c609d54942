import { dispatch, type DispatchLog } from '../../core/ipc/dispatch';
import type { Handlers } from '../../core/ipc/handlers';
import type { CoreCall } from '../core-client';

/**
 * The core's side of a call without the process in between: its dispatch over a handler table, as the core
 * process runs it. For tests of the shell's own rules (sender check, host handlers) that need no process;
 * core-process.test.ts runs the same calls across the real process boundary.
 */
export const callInProcess =
  (handlers: Handlers, log?: DispatchLog): CoreCall =>
  (channel, payload) =>
    dispatch(handlers, channel, payload, log);
