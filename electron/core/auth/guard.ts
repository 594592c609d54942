import { channelNames, type Channel } from '../../../shared/contract/channels';
import { channelRoles, refusal } from '../../../shared/auth/roles';
import type { Role } from '../../../shared/platform-api/api';
import type { Result } from '../../../shared/result';
import type { Handlers } from '../ipc/handlers';

/**
 * Calls the renderer makes by itself — at start, on events, after a sync the timer started — rather than because
 * someone did something. They must not count as activity, or an automatic sync every few minutes would keep an
 * unattended session open for ever.
 */
const passiveChannels: ReadonlySet<Channel> = new Set<Channel>([
  'app:info',
  'app:connectivity',
  'app:update-status',
  'auth:status',
  'catalogue:get',
  'sync:status',
  'reviews:list',
]);

export type GuardSession = { role: () => Role | null; touch: () => void };

/**
 * Role enforcement in the core: every channel of the table is wrapped, so both hosts (which bind exactly
 * core.handlers) refuse what the caller's role may not do, whatever the UI shows. A locked session counts as
 * nobody signed in. An allowed, non-public, non-passive call is activity and postpones the lock.
 */
export function guardHandlers(handlers: Handlers, session: GuardSession): Handlers {
  const guarded: Partial<Record<Channel, (request: never) => unknown>> = {};
  for (const channel of channelNames) {
    const handler = handlers[channel] as (request: unknown) => Result<unknown> | Promise<Result<unknown>>;
    guarded[channel] = (request: unknown) => {
      const role = session.role();
      const refused = refusal(role, channel);
      if (refused !== null) return { ok: false, error: refused };
      if (channelRoles[channel] !== 'public' && !passiveChannels.has(channel)) session.touch();
      return handler(request);
    };
  }
  return guarded as unknown as Handlers;
}
