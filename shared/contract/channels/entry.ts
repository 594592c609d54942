import { z } from 'zod';
import type { Role } from '../../platform-api/api';

/** A request with no fields, and none accepted. */
export const Empty = z.object({}).strict();

/*
 * Who may call a channel, enforced in the core (shared/auth/roles.ts), not only in the UI. `'public'` needs no
 * sign-in: only what the sign-in screen itself shows (version, host, connectivity).
 *
 * Decisions (to confirm with the service hall; change them in the entries, the tests read them there):
 * - The window work (checks, feedback, commitments, repairs, files, subjects, catalogue, reviews) is open to every
 *   signed-in role: supervisors and administrators also stand in at the window, and each act is recorded with
 *   who did it (audit trail), which is the control, rather than a role wall.
 * - `settings:update` is admin only, supervisors included out: the settings are device configuration that shapes
 *   evidence (the stale-data threshold decides when a verdict needs 人工研判; the district and department codes
 *   are stamped on every check), and the supervisor is the one who audits that evidence — least privilege and
 *   separation of duties.
 * - `sync:enrol` is admin only: it binds this PC to a platform with a one-time code.
 * - `sync:status` / `sync:run`: every signed-in role, so a county clerk can sync as soon as the network is back.
 * - Reports, audit browsing, the dashboard and inspection draws are supervisor (and admin) only.
 */
export type ChannelRoles = readonly Role[] | 'public';

/** Everyone who works in the service hall: clerks, supervisors and administrators. */
export const SIGNED_IN: readonly Role[] = ['clerk', 'supervisor', 'admin'];
/** Device configuration and the device's bond with the platform. */
export const ADMIN: readonly Role[] = ['admin'];
/** Supervision: reports, audit, the dashboard, 双随机. */
export const SUPERVISORS: readonly Role[] = ['supervisor', 'admin'];

/**
 * Everything about one channel, in one place: its request and response schemas, who may call it, what it does
 * in the words of a refusal, and a valid request. The contract's table (./index.ts) is made of these; the
 * roles (shared/auth/roles.ts), the refusal words (shared/auth/labels.ts) and the sample requests the tests call
 * every channel with derive from it.
 */
export type ChannelEntry<Request extends z.ZodType, Response extends z.ZodType> = {
  request: Request;
  response: Response;
  roles: ChannelRoles;
  /** "无权{action}": what a refused caller was not allowed to do. */
  action: string;
  /** A request the schema accepts (typed by it), so a test's refusal can only come from what it tests. */
  sample: z.input<Request>;
};

/** One entry, its sample checked against its own request schema. */
export const channel = <Request extends z.ZodType, Response extends z.ZodType>(
  entry: ChannelEntry<Request, Response>,
): ChannelEntry<Request, Response> => entry;
