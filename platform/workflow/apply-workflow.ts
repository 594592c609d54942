import Database from 'better-sqlite3';
import type { z } from 'zod';
import type { Db } from '../../node-shared/db/connection';
import type { OutboxEntry } from '../../shared/platform-api/api';
import { payloadSchemas } from '../outbox/payloads';
import { deviceNumberOf } from '../access/devices.repo';
import { applyCommitmentCreated, applyCommitmentVerified } from './apply-commitment';
import { applyRepairCreated, applyRepairStepped } from './apply-repair';
import { rejected, type WorkflowOutcome } from './outcome';

export const workflowKinds = [
  'commitment.created',
  'commitment.verified',
  'repair.created',
  'repair.stepped',
] as const;
export type WorkflowKind = (typeof workflowKinds)[number];
export type WorkflowEntry = OutboxEntry & { kind: WorkflowKind };

export const isWorkflowEntry = (entry: OutboxEntry): entry is WorkflowEntry =>
  (workflowKinds as readonly string[]).includes(entry.kind);

function dispatch(db: Db, entry: WorkflowEntry, deviceId: string): WorkflowOutcome | z.ZodError {
  switch (entry.kind) {
    case 'commitment.created': {
      const payload = payloadSchemas['commitment.created'].safeParse(entry.payload);
      return payload.success
        ? applyCommitmentCreated(db, payload.data, deviceNumberOf(db, deviceId))
        : payload.error;
    }
    case 'commitment.verified': {
      const payload = payloadSchemas['commitment.verified'].safeParse(entry.payload);
      return payload.success ? applyCommitmentVerified(db, payload.data) : payload.error;
    }
    case 'repair.created': {
      const payload = payloadSchemas['repair.created'].safeParse(entry.payload);
      return payload.success ? applyRepairCreated(db, payload.data) : payload.error;
    }
    case 'repair.stepped': {
      const payload = payloadSchemas['repair.stepped'].safeParse(entry.payload);
      return payload.success ? applyRepairStepped(db, payload.data) : payload.error;
    }
  }
}

/**
 * Applies one workflow entry of the device `deviceId` inside the caller's transaction, under a savepoint of its own: an entry whose rows
 * break a table constraint is refused alone (its partial writes undone), never failing the whole push.
 */
export function applyWorkflowEntry(
  db: Db,
  entry: WorkflowEntry,
  deviceId: string,
): WorkflowOutcome | z.ZodError {
  try {
    return db.transaction(() => dispatch(db, entry, deviceId))();
  } catch (error) {
    if (error instanceof Database.SqliteError && error.code.startsWith('SQLITE_CONSTRAINT'))
      return rejected('CONSTRAINT_FAILED', `提交内容与市平台已有数据不符，未被接收（${error.message}）`);
    throw error;
  }
}
