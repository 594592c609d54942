// One entry of a device's audit log: what the client writes and the platform receives and chains.

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

export type AuditRow = AuditEntry & { seq: number };
