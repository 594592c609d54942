import type { Channel } from '../contract/channels';
import type { Role } from '../platform-api/api';
import type { AppError } from '../result';
import { authMessages, channelActions, roleLabels } from './labels';

/** Everyone who works in the service hall: clerks, supervisors and administrators. */
const SIGNED_IN: readonly Role[] = ['clerk', 'supervisor', 'admin'];
/** Device configuration and the device's bond with the platform. */
const ADMIN: readonly Role[] = ['admin'];

/**
 * Who may call each channel, enforced in the core (not only in the UI). `'public'` needs no sign-in: only what
 * the sign-in screen itself shows (version, host, connectivity).
 *
 * Decisions (to confirm with the service hall; change here, the tests read this table):
 * - The window work (checks, feedback, commitments, repairs, files, subjects, catalogue, reviews) is open to every
 *   signed-in role: supervisors and administrators also stand in at the window, and each act is recorded with
 *   who did it (audit trail), which is the control, rather than a role wall.
 * - `settings:update` is admin only, supervisors included out: the settings are device configuration that shapes
 *   evidence (the stale-data threshold decides when a verdict needs 人工研判; the district and department codes
 *   are stamped on every check), and the supervisor is the one who audits that evidence — least privilege and
 *   separation of duties.
 * - `sync:enrol` is admin only: it binds this PC to a platform with a one-time code.
 * - `sync:status` / `sync:run`: every signed-in role, so a county clerk can sync as soon as the network is back.
 * - Channels still to come for issue 5 (reports, audit browsing, dashboard, inspection draws) will be supervisor
 *   (and admin) only; the compiler asks for their line here when they are added to the contract.
 */
export const channelRoles: Record<Channel, readonly Role[] | 'public'> = {
  'app:info': 'public',
  'app:connectivity': 'public',
  // The sign-in and lock screens: public, each checks the password itself. Sign-out is public so 切换用户 works
  // on the lock screen; touching needs an open session (a locked one must not be kept alive by it).
  'auth:status': 'public',
  'auth:sign-in': 'public',
  'auth:unlock': 'public',
  'auth:sign-out': 'public',
  'auth:enrol': 'public',
  'auth:touch': SIGNED_IN,
  'settings:update': ADMIN,
  'catalogue:get': SIGNED_IN,
  'subjects:search': SIGNED_IN,
  'check:run': SIGNED_IN,
  'check:feedback': SIGNED_IN,
  'check:list': SIGNED_IN,
  'check:get': SIGNED_IN,
  'check:external-query': SIGNED_IN,
  'sync:status': SIGNED_IN,
  'sync:run': SIGNED_IN,
  'sync:enrol': ADMIN,
  'reviews:list': SIGNED_IN,
  'reviews:acknowledge': SIGNED_IN,
  'commitments:prepare': SIGNED_IN,
  'commitments:create': SIGNED_IN,
  'commitments:verify': SIGNED_IN,
  'commitments:list': SIGNED_IN,
  'commitments:get': SIGNED_IN,
  'repairs:candidates': SIGNED_IN,
  'repairs:create': SIGNED_IN,
  'repairs:step': SIGNED_IN,
  'repairs:list': SIGNED_IN,
  'repairs:get': SIGNED_IN,
  'files:add': SIGNED_IN,
  'files:get': SIGNED_IN,
  'audit:list': ['supervisor', 'admin'],
  'audit:export': ['supervisor', 'admin'],
  'audit:chain': ['supervisor', 'admin'],
  'inspections:pool': ['supervisor', 'admin'],
  'inspections:draw': ['supervisor', 'admin'],
  'inspections:list': ['supervisor', 'admin'],
  'inspections:get': ['supervisor', 'admin'],
  'inspections:export': ['supervisor', 'admin'],
  // Results are recorded by the supervising office (the drawing office's supervisors) and read by the same roles
  // as the draw: the list they publish is public once printed, the entries behind it (who recorded, corrections,
  // substitutions) are internal records.
  'inspections:results': ['supervisor', 'admin'],
  'inspections:record-result': ['supervisor', 'admin'],
  'inspections:export-results': ['supervisor', 'admin'],
  'reports:issue': ['supervisor', 'admin'],
  'reports:get': ['supervisor', 'admin'],
  'reports:list': ['supervisor', 'admin'],
  'reports:printed': ['supervisor', 'admin'],
  'reports:pdf': ['supervisor', 'admin'],
  'reports:print': ['supervisor', 'admin'],
  'dashboard:get': ['supervisor', 'admin'],
  'dashboard:rows': ['supervisor', 'admin'],
  'dashboard:export': ['supervisor', 'admin'],
};

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
