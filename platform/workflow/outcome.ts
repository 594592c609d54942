/** How the platform answered one workflow entry; apply-entry.ts turns it into the entry's PushResult. */
export type WorkflowOutcome =
  | { status: 'applied' }
  /** This exact item (or creation) is already here: a duplicate. */
  | { status: 'same' }
  | { status: 'rejected'; code: string; message: string }
  /** The item moved on at the platform: its current version, for the client to show beside its own. */
  | { status: 'conflict'; serverVersion: unknown };

export const applied: WorkflowOutcome = { status: 'applied' };
export const same: WorkflowOutcome = { status: 'same' };
export const rejected = (code: string, message: string): WorkflowOutcome => ({
  status: 'rejected',
  code,
  message,
});
export const conflict = (serverVersion: unknown): WorkflowOutcome => ({ status: 'conflict', serverVersion });
