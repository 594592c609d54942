import type { Db } from '../db/connection';
import { enqueue } from '../sync/outbox.repo';

export type AuditEntry = {
  at: string;
  actor: string;
  /** e.g. check.run, check.feedback, settings.update, demo.load */
  action: string;
  targetType: string;
  targetId: string | null;
  caseNumber: string | null;
  purpose: string | null;
  detail: Record<string, unknown>;
};

/**
 * Appends one entry (the table refuses updates and deletes, migration 2) and queues it for the platform in the
 * same statement batch; callers hold the transaction that covers the write the entry describes.
 */
export function appendAudit(db: Db, entry: AuditEntry): number {
  const info = db
    .prepare(
      `INSERT INTO audit_log (at, actor, action, target_type, target_id, case_number, purpose, detail)
       VALUES (@at, @actor, @action, @targetType, @targetId, @caseNumber, @purpose, @detail)`,
    )
    .run({ ...entry, detail: JSON.stringify(entry.detail) });
  const seq = Number(info.lastInsertRowid);
  enqueue(db, 'audit.appended', { seq, ...entry }, entry.at);
  return seq;
}

export type AuditRow = AuditEntry & { seq: number };

export function auditFor(db: Db, targetType: string, targetId: string): AuditRow[] {
  const rows = db
    .prepare(
      `SELECT seq, at, actor, action, target_type AS targetType, target_id AS targetId, case_number AS caseNumber,
         purpose, detail FROM audit_log WHERE target_type = ? AND target_id = ? ORDER BY seq`,
    )
    .all(targetType, targetId) as (Omit<AuditRow, 'detail'> & { detail: string })[];
  return rows.map((row) => ({ ...row, detail: JSON.parse(row.detail) as Record<string, unknown> }));
}
