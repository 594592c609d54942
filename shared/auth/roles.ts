import { channelNames, channels, type Channel } from '../contract/channels';
import type { ChannelRoles } from '../contract/channels/entry';
import type { Role } from '../platform-api/api';
import type { AppError } from '../result';
import { authMessages, channelActions, roleLabels } from './labels';

/**
 * Who may call each channel: each channel's entry says it (shared/contract/channels, with the decisions behind
 * the roles in ./entry.ts there); this is that column of the contract's table.
 */
export const channelRoles = Object.fromEntries(
  channelNames.map((channel) => [channel, channels[channel].roles]),
) as Record<Channel, ChannelRoles>;

/** May this caller (null: nobody signed in, or the session is locked) call the channel? */
export function mayCall(role: Role | null, channel: Channel): boolean {
  const allowed = channelRoles[channel];
  if (allowed === 'public') return true;
  return role !== null && allowed.includes(role);
}

/**
 * Why the caller may not call the channel, as the error the core returns; null when it may.
 * SIGN_IN_REQUIRED sends the UI to the sign-in (or unlock) screen; ROLE_FORBIDDEN is shown as it is.
 */
export function refusal(role: Role | null, channel: Channel): AppError | null {
  if (mayCall(role, channel)) return null;
  const allowed = channelRoles[channel];
  if (role === null || allowed === 'public')
    return { code: 'SIGN_IN_REQUIRED', message: authMessages.signInRequired };
  return {
    code: 'ROLE_FORBIDDEN',
    message: authMessages.roleForbidden(
      channelActions[channel],
      roleLabels[role],
      allowed.map((allowedRole) => roleLabels[allowedRole]),
    ),
  };
}
