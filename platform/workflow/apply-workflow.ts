import Database from 'better-sqlite3';
import type { z } from 'zod';
import type { Db } from '../../node-shared/db/connection';
import type { OutboxEntry } from '../../shared/platform-api/api';
import { payloadSchemas } from '../outbox/payloads';
import { operatorLabel } from '../../shared/auth/operator-label';
import { deviceNumberOf, type Device } from '../access/devices.repo';
import type { UserRecord } from '../access/users.repo';
import { authenticateEntryUser, ownershipRefusal } from './authorise-entry';
import {
  ownerOfCommitment,
  ownerOfNewCommitment,
  ownerOfNewRepair,
  ownerOfRepair,
  ownerOfNewObjection,
  ownerOfObjection,
  type ItemOwner,
} from './item-owner';
import { applyCommitmentCreated, applyCommitmentVerified } from './apply-commitment';
import { applyRepairCreated, applyRepairStepped } from './apply-repair';
import { applyObjectionCreated, applyObjectionStepped } from './apply-objection';
import { rejected, type WorkflowOutcome } from './outcome';

export const workflowKinds = [
  'commitment.created',
  'commitment.verified',
  'repair.created',
  'repair.stepped',
  'objection.created',
  'objection.stepped',
] as const;
export type WorkflowKind = (typeof workflowKinds)[number];
export type WorkflowEntry = OutboxEntry & { kind: WorkflowKind };

export const isWorkflowEntry = (entry: OutboxEntry): entry is WorkflowEntry =>
  (workflowKinds as readonly string[]).includes(entry.kind);

type Authorised = { db: Db; device: Device; user: UserRecord };

/** The refusal as this entry's outcome, or the apply step when the item is the device's. */
const owned = (
  device: Device,
  owner: ItemOwner | null,
  creation: boolean,
  apply: () => WorkflowOutcome,
): WorkflowOutcome => {
  // An item the platform does not have: the apply step refuses it (…_NOT_FOUND) without touching anything.
  const refusal = owner === null ? null : ownershipRefusal(device, owner, creation);
  return refusal === null ? apply() : rejected(refusal.code, refusal.message);
};

function dispatch(entry: WorkflowEntry, { db, device, user }: Authorised): WorkflowOutcome | z.ZodError {
  // Who did it is the authenticated user, never the name the entry gives.
  const by = operatorLabel(user);
  switch (entry.kind) {
    case 'commitment.created': {
      const payload = payloadSchemas['commitment.created'].safeParse(entry.payload);
      if (!payload.success) return payload.error;
      return owned(device, ownerOfNewCommitment(payload.data), true, () =>
        applyCommitmentCreated(db, payload.data, deviceNumberOf(db, device.id)),
      );
    }
    case 'commitment.verified': {
      const payload = payloadSchemas['commitment.verified'].safeParse(entry.payload);
      if (!payload.success) return payload.error;
      return owned(device, ownerOfCommitment(db, payload.data.id), false, () =>
        applyCommitmentVerified(db, { ...payload.data, verifiedBy: by }),
      );
    }
    case 'repair.created': {
      const payload = payloadSchemas['repair.created'].safeParse(entry.payload);
      if (!payload.success) return payload.error;
      return owned(device, ownerOfNewRepair(db, payload.data), true, () =>
        applyRepairCreated(db, payload.data),
      );
    }
    case 'repair.stepped': {
      const payload = payloadSchemas['repair.stepped'].safeParse(entry.payload);
      if (!payload.success) return payload.error;
      return owned(device, ownerOfRepair(db, payload.data.id), false, () =>
        applyRepairStepped(db, { ...payload.data, by }),
      );
    }
    case 'objection.created': {
      const payload = payloadSchemas['objection.created'].safeParse(entry.payload);
      if (!payload.success) return payload.error;
      return owned(device, ownerOfNewObjection(payload.data), true, () =>
        applyObjectionCreated(db, payload.data),
      );
    }
    case 'objection.stepped': {
      const payload = payloadSchemas['objection.stepped'].safeParse(entry.payload);
      if (!payload.success) return payload.error;
      return owned(device, ownerOfObjection(db, payload.data.id), false, () =>
        applyObjectionStepped(db, { ...payload.data, by }),
      );
    }
  }
}

/**
 * Applies one workflow entry of `device` inside the caller's transaction, under a savepoint of its own: an entry
 * whose rows break a table constraint is refused alone (its partial writes undone), never failing the whole push.
 * First the entry must be authorised (./authorise-entry.ts): made by a signed-in user of the device's unit, with
 * the role, about an item of that unit.
 */
export function applyWorkflowEntry(
  db: Db,
  entry: WorkflowEntry,
  device: Device,
  now: Date,
): WorkflowOutcome | z.ZodError {
  const authenticated = authenticateEntryUser(db, device, entry.kind, entry.user, now);
  if ('refused' in authenticated) return rejected(authenticated.refused.code, authenticated.refused.message);
  try {
    return db.transaction(() => dispatch(entry, { db, device, user: authenticated.user }))();
  } catch (error) {
    if (error instanceof Database.SqliteError && error.code.startsWith('SQLITE_CONSTRAINT'))
      return rejected('CONSTRAINT_FAILED', `提交内容与市平台已有数据不符，未被接收（${error.message}）`);
    throw error;
  }
}
