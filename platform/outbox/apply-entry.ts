import type { z } from 'zod';
import type { Db } from '../../node-shared/db/connection';
import { isWriteConflict } from '../../node-shared/db/dialect';
import { OutboxEntry, outboxKinds, type PushResult } from '../../shared/platform-api/api';
import {
  insertAudit,
  insertCheck,
  insertFeedback,
  type EvidenceBase,
  type EvidenceOutcome,
} from './evidence.repo';
import { verifyAuditLink } from '../audit/verify-link';
import { sha256Hex } from '../access/secrets';
import { registerReport } from '../reports/register';
import { receiveInspectionDraw } from '../inspections/receive-draw';
import { receiveExternalQuery } from '../checks/receive-external-query';
import { receiveInspectionResult, type EvidenceRefusal } from '../inspections/receive-result';
import { storedResult, recordMutation } from './mutations.repo';
import { applyWorkflowEntry, isWorkflowEntry } from '../workflow/apply-workflow';
import { payloadSchemas } from './payloads';
import { enqueueDelivery } from '../forwarding/deliveries.repo';
import type { Device } from '../access/devices.repo';

/** What the entry says, independent of when it was sent: its kind and payload. */
const fingerprintOf = (raw: RawEntry): string =>
  sha256Hex(JSON.stringify([raw.kind ?? null, raw.payload ?? null]));

/** An entry as far as the envelope guarantees: a mutation id; the rest is checked entry by entry. */
export type RawEntry = { mutationId: number } & Record<string, unknown>;

/** A first answer, as device_mutations keeps it: a retry gets it again ('applied' then reads 'duplicate'). */
type Settled = Extract<PushResult, { status: 'applied' | 'rejected' | 'conflict' }>;

const rejected = (mutationId: number, code: string, message: string): Settled => ({
  mutationId,
  status: 'rejected',
  code,
  message,
});

const fieldsOf = (error: z.ZodError): string =>
  [...new Set(error.issues.map((issue) => issue.path.join('.') || '（整体）'))].join('、');

/** The contract's own Chinese reasons (its refinements, e.g. a verification without 未履行内容), if any. */
const reasonsOf = (error: z.ZodError): string => {
  const reasons = [
    ...new Set(error.issues.filter((issue) => issue.code === 'custom').map((issue) => issue.message)),
  ];
  return reasons.length === 0 ? '' : `：${reasons.join('；')}`;
};

type EvidenceEntry = OutboxEntry & {
  kind:
    | 'check.recorded'
    | 'feedback.recorded'
    | 'audit.appended'
    | 'inspection.drawn'
    | 'inspection.result-recorded';
};

/**
 * Files one valid entry's evidence; 'same' means this exact evidence is already here, a refusal that a rule of
 * its kind refused it (e.g. a result for a draw this device never sent).
 */
function fileEvidence(
  db: Db,
  entry: EvidenceEntry,
  base: EvidenceBase,
): EvidenceOutcome | z.ZodError | EvidenceRefusal {
  switch (entry.kind) {
    case 'check.recorded': {
      const payload = payloadSchemas['check.recorded'].safeParse(entry.payload);
      if (!payload.success) return payload.error;
      return insertCheck(db, { ...base, checkId: payload.data.checkId, checkedAt: payload.data.checkedAt });
    }
    case 'feedback.recorded': {
      const payload = payloadSchemas['feedback.recorded'].safeParse(entry.payload);
      if (!payload.success) return payload.error;
      const outcome = insertFeedback(db, {
        ...base,
        feedbackId: payload.data.id,
        checkId: payload.data.checkId,
      });
      // Queued for the provincial system in the same transaction: received feedback is never left unforwarded.
      if (outcome === 'inserted')
        enqueueDelivery(db, {
          deviceId: base.deviceId,
          feedbackId: payload.data.id,
          checkId: payload.data.checkId,
          receivedAt: base.receivedAt,
        });
      return outcome;
    }
    case 'audit.appended': {
      const payload = payloadSchemas['audit.appended'].safeParse(entry.payload);
      if (!payload.success) return payload.error;
      const outcome = insertAudit(db, { ...base, at: payload.data.at, action: payload.data.action });
      // Stored first, whatever the link check finds: a break is reported, the entry is never lost.
      if (outcome === 'inserted')
        verifyAuditLink(db, base.deviceId, base.mutationId, entry.payload, base.receivedAt);
      return outcome;
    }
    case 'inspection.drawn':
      return receiveInspectionDraw(db, entry.payload, base);
    case 'inspection.result-recorded':
      return receiveInspectionResult(db, entry.payload, base);
  }
}

function settle(db: Db, device: Device, raw: RawEntry, receivedAt: string): Settled | 'same' {
  const { mutationId } = raw;
  const deviceId = device.id;
  const parsed = OutboxEntry.safeParse(raw);
  if (!parsed.success) {
    const kind = raw.kind;
    // A kind this platform does not know yet (a newer client) is refused alone, never the whole push.
    if (typeof kind === 'string' && !(outboxKinds as readonly string[]).includes(kind))
      return rejected(
        mutationId,
        'UNSUPPORTED_KIND',
        `平台暂不支持此类提交（${kind}），请联系管理员升级平台`,
      );
    return rejected(mutationId, 'INVALID_ENTRY', `提交条目格式无效（${fieldsOf(parsed.error)}）`);
  }
  if (parsed.data.kind === 'report.issued') {
    const outcome = registerReport(db, parsed.data.payload, deviceId, receivedAt);
    if (!('status' in outcome))
      return rejected(mutationId, 'INVALID_PAYLOAD', `提交内容不完整或格式错误（${fieldsOf(outcome)}）`);
    if (outcome.status === 'same') return 'same';
    return { mutationId, ...outcome };
  }
  if (parsed.data.kind === 'check.external-query') {
    const outcome = receiveExternalQuery(db, parsed.data.payload, {
      deviceId,
      mutationId,
      createdAt: parsed.data.createdAt,
      receivedAt,
      payload: JSON.stringify(parsed.data.payload ?? null),
    });
    if (!('status' in outcome))
      return rejected(mutationId, 'INVALID_PAYLOAD', `提交内容不完整或格式错误（${fieldsOf(outcome)}）`);
    if (outcome.status === 'same') return 'same';
    return { mutationId, ...outcome };
  }
  if (isWorkflowEntry(parsed.data)) {
    const outcome = applyWorkflowEntry(db, parsed.data, device, new Date(receivedAt));
    if (!('status' in outcome))
      return rejected(
        mutationId,
        'INVALID_PAYLOAD',
        `提交内容不完整或格式错误（${fieldsOf(outcome)}）${reasonsOf(outcome)}`,
      );
    if (outcome.status === 'same') return 'same';
    return { mutationId, ...outcome };
  }
  const base = {
    deviceId,
    mutationId,
    createdAt: parsed.data.createdAt,
    receivedAt,
    payload: JSON.stringify(parsed.data.payload ?? null),
  };
  const outcome = fileEvidence(db, parsed.data as EvidenceEntry, base);
  if (outcome === 'inserted') return { mutationId, status: 'applied' };
  if (outcome === 'same') return 'same';
  if (outcome === 'different')
    return rejected(mutationId, 'EVIDENCE_CONFLICT', '该记录已以不同内容提交过，已入库的证据不可更改');
  if ('refused' in outcome) return rejected(mutationId, outcome.refused.code, outcome.refused.message);
  return rejected(mutationId, 'INVALID_PAYLOAD', `提交内容不完整或格式错误（${fieldsOf(outcome)}）`);
}

/**
 * Applies one pushed entry in its own transaction: the evidence or workflow rows (if any) and the
 * device_mutations row commit together, so a retry of anything already answered gets its first answer again
 * (applied → 'duplicate', rejected → the same rejection, conflict → the same conflict with the server version
 * of that time) and nothing is filed twice; a reused id with other content is refused.
 * Rejections and conflicts are values: one entry never stops the ones after it.
 *
 * Exactly once across processes rests on device_mutations' key (device, mutation id), written in the same
 * transaction: when two platform processes on one database take the same entry at once, only one commits; the
 * other's transaction fails on that key (or on the evidence's), is rolled back whole, and runs again, finding
 * the first answer.
 */
export function applyEntry(db: Db, device: Device, raw: RawEntry, receivedAt: string): PushResult {
  try {
    return applyOnce(db, device, raw, receivedAt);
  } catch (error) {
    if (!isWriteConflict(error)) throw error;
    return applyOnce(db, device, raw, receivedAt);
  }
}

function applyOnce(db: Db, device: Device, raw: RawEntry, receivedAt: string): PushResult {
  const { mutationId } = raw;
  const deviceId = device.id;
  // IMMEDIATE: the write lock is taken (waiting up to busy_timeout) before the first read. A deferred
  // transaction that read first cannot upgrade once another process wrote the file meanwhile (SQLITE_BUSY at
  // once, a 500): two platform processes on one data dir (npm run bench:platform -- --processes 2).
  return db
    .transaction((): PushResult => {
      // A retry gets the first answer again: an entry applied before is a duplicate, but one rejected before
      // stays rejected — answering "duplicate" would let the client count a lost rejection as delivered.
      const fingerprint = fingerprintOf(raw);
      const earlier = storedResult(db, deviceId, mutationId);
      if (earlier !== null && earlier.fingerprint !== null && earlier.fingerprint !== fingerprint) {
        return rejected(
          mutationId,
          'MUTATION_ID_REUSED',
          '该记录编号已被本设备用于另一条不同的记录（本机可能恢复过旧的备份），记录已保留在本机，请联系管理员处理',
        );
      }
      if (earlier !== null) {
        return earlier.result.status === 'applied' ? { mutationId, status: 'duplicate' } : earlier.result;
      }
      const settled = settle(db, device, raw, receivedAt);
      const result: Settled = settled === 'same' ? { mutationId, status: 'applied' } : settled;
      const kind = typeof raw.kind === 'string' ? raw.kind.slice(0, 100) : '';
      recordMutation(db, { deviceId, mutationId, kind, result, receivedAt, fingerprint });
      return settled === 'same' ? { mutationId, status: 'duplicate' } : result;
    })
    .immediate();
}
