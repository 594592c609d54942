import type { Db } from '../../node-shared/db/connection';

export type LockScope = 'user' | 'address';

export type Lockout = {
  id: number;
  scope: LockScope;
  subject: string;
  failures: number;
  lockedAt: string;
  lockedUntil: string;
  liftedAt: string | null;
  liftedBy: string | null;
};

const COLUMNS = `id, scope, subject, failures, locked_at AS "lockedAt", locked_until AS "lockedUntil",
  lifted_at AS "liftedAt", lifted_by AS "liftedBy"`;

// Times are Beijing ISO strings of one fixed shape (shared/time.ts toBeijingIso), so they compare as text.

/** The lock in force on this username or address at `at`, the longest if several. */
export function activeLockout(db: Db, scope: LockScope, subject: string, at: string): Lockout | null {
  const row = db
    .prepare(
      `SELECT ${COLUMNS} FROM login_lockouts
       WHERE scope = ? AND subject = ? AND locked_until > ? AND lifted_at IS NULL
       ORDER BY locked_until DESC LIMIT 1`,
    )
    .get(scope, subject, at) as Lockout | undefined;
  return row ?? null;
}

export function insertLockout(db: Db, lockout: Omit<Lockout, 'id' | 'liftedAt' | 'liftedBy'>): void {
  db.prepare(
    `INSERT INTO login_lockouts (scope, subject, failures, locked_at, locked_until)
     VALUES (@scope, @subject, @failures, @lockedAt, @lockedUntil)`,
  ).run(lockout);
}

/** The most recent locks first. */
export const recentLockouts = (db: Db, limit: number): Lockout[] =>
  db
    .prepare(`SELECT ${COLUMNS} FROM login_lockouts ORDER BY locked_at DESC, id DESC LIMIT ?`)
    .all(limit) as Lockout[];

/** Lifts every lock in force on a username or address; how many were. */
export const liftLockouts = (db: Db, subject: string, at: string, by: string): number =>
  db
    .prepare(
      `UPDATE login_lockouts SET lifted_at = ?, lifted_by = ?
       WHERE subject = ? AND locked_until > ? AND lifted_at IS NULL`,
    )
    .run(at, by, subject, at).changes;
