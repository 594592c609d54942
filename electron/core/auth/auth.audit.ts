import { toBeijingIso } from '../../../shared/time';
import { appendAudit } from '../audit/audit.repo';
import type { Db } from '../../../node-shared/db/connection';

/** What the audit log records of sign-in, lock and sign-out (never a password). */
export type AuthAction =
  | 'auth.sign-in'
  | 'auth.sign-in-failed'
  | 'auth.lock'
  | 'auth.unlock'
  | 'auth.unlock-failed'
  | 'auth.sign-out';

/**
 * Appends one auth entry in a transaction of its own (there is no other write to join): seq and hash come from
 * appendAudit, and the entry goes up to the platform with the next sync. `actor` is the operator label of the
 * user, or the typed username of a failed attempt (who tried is what the log must keep).
 */
export function recordAuth(
  db: Db,
  at: Date,
  entry: { actor: string; action: AuthAction; username: string; detail: Record<string, unknown> },
): void {
  db.transaction(() =>
    appendAudit(db, {
      at: toBeijingIso(at),
      actor: entry.actor,
      action: entry.action,
      targetType: 'user',
      targetId: entry.username,
      caseNumber: null,
      purpose: null,
      detail: entry.detail,
    }),
  )();
}
