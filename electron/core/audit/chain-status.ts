import { z } from 'zod';
import { toBeijingIso } from '../../../shared/time';
import { getMeta, setMeta } from '../app/meta.repo';
import type { Db } from '../../../node-shared/db/connection';
import {
  auditHashAt,
  auditRowsAfter,
  iterateAuditLog,
  toAuditRow,
  type AuditRow,
  type HashedAuditRowText,
} from './audit.repo';
import {
  CHAIN_MESSAGES,
  GENESIS_HEAD,
  verifyChain,
  type ChainBreak,
  type ChainHead,
  type ChainVerdict,
  type HashedEntry,
} from '../../../node-shared/audit/chain';
import { platformKnownHead } from './platform-chain';

/** Entries verified per call of verifyChain while streaming the log. */
const CHUNK = 1000;
/**
 * Entries read after a break to tell what happened (verifyChain looks ahead for a moved entry). Where the break
 * is (firstBadSeq) does not depend on it; only a reorder further away than this is reported as a removal.
 */
const LOOKAHEAD = 10_000;

const chainBreaks = ['altered', 'removed', 'reordered', 'inserted'] as const satisfies readonly ChainBreak[];

/** The outcome of the last check of the audit chain, kept in meta 'audit_chain_status'. */
export const AuditChainStatus = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    count: z.number().int().nonnegative(),
    headSeq: z.number().int().nonnegative(),
    headHash: z.string(),
    checkedAt: z.string(),
  }),
  z.object({
    ok: z.literal(false),
    firstBadSeq: z.number().int().positive(),
    reason: z.enum(chainBreaks),
    message: z.string(),
    checkedAt: z.string(),
  }),
]);
export type AuditChainStatus = z.infer<typeof AuditChainStatus>;

/** toAuditRow keeps the row's other columns, hash among them; a missing hash becomes one that cannot link. */
const toHashedEntry = (row: HashedAuditRowText): HashedEntry => {
  const entry = toAuditRow(row) as AuditRow & { hash: string | null };
  entry.hash ??= '';
  return entry as HashedEntry;
};

/**
 * Verifies the whole audit_log in seq order without holding it in memory: the rows are streamed and checked a
 * chunk at a time, each chunk continuing from the head the previous one ended at. At the first broken chunk the
 * rows from its start are read again with some lookahead, so verifyChain can say what happened there.
 * A row without a hash (only an edit of the file makes one) does not link and is reported like any other.
 *
 * `knownHead` (the head the platform confirmed) must still be in the log with the same hash: that catches a tail
 * cut off or a chain recomputed after a change, which the links alone cannot show.
 */
export function verifyAuditLog(db: Db, knownHead: ChainHead | null = null): ChainVerdict {
  let head: ChainHead = GENESIS_HEAD;
  let count = 0;
  let chunk: HashedEntry[] = [];
  let broken = false;
  const flush = (): boolean => {
    const verdict = verifyChain(chunk, { from: head });
    chunk = [];
    if (!verdict.ok) return false;
    head = verdict.head;
    count += verdict.count;
    return true;
  };
  for (const row of iterateAuditLog(db)) {
    chunk.push(toHashedEntry(row));
    if (chunk.length === CHUNK && !flush()) {
      broken = true;
      break; // ends the iteration, which resets the statement
    }
  }
  if (!broken && flush())
    return knownHead === null ? { ok: true, count, head } : reachesKnownHead(db, head, count, knownHead);
  const window = auditRowsAfter(db, head.seq, CHUNK + LOOKAHEAD).map(toHashedEntry);
  return verifyChain(window, { from: head });
}

/** An intact log still holds the head recorded elsewhere, at its seq with its hash. */
function reachesKnownHead(db: Db, head: ChainHead, count: number, known: ChainHead): ChainVerdict {
  const fail = (reason: ChainBreak, seq: number): ChainVerdict => ({
    ok: false,
    firstBadSeq: seq,
    reason,
    message: CHAIN_MESSAGES[reason](seq),
  });
  if (known.seq > head.seq) return fail('removed', head.seq + 1);
  if (auditHashAt(db, known.seq) !== known.hash) return fail('altered', known.seq);
  return { ok: true, count, head };
}

/**
 * The check on start (and on a supervisor's request): verifies the log, against the head the platform last
 * confirmed when there is one, and records the outcome in meta. A broken chain is reported (a warning
 * line here, the status for the supervisor's view) but never stops the app: a clerk must still be able to work,
 * and nothing is appended about it, so the evidence stays as it was found.
 */
export function checkAuditChain(db: Db, now: Date): AuditChainStatus {
  const verdict = verifyAuditLog(db, platformKnownHead(db));
  const checkedAt = toBeijingIso(now);
  const status: AuditChainStatus = verdict.ok
    ? { ok: true, count: verdict.count, headSeq: verdict.head.seq, headHash: verdict.head.hash, checkedAt }
    : {
        ok: false,
        firstBadSeq: verdict.firstBadSeq,
        reason: verdict.reason,
        message: verdict.message,
        checkedAt,
      };
  setMeta(db, 'audit_chain_status', JSON.stringify(status));
  if (!status.ok) {
    console.warn(
      `审计日志哈希链校验未通过（第 ${status.firstBadSeq} 条，${status.reason}）：${status.message}`,
    );
  }
  return status;
}

/** The outcome of the last check, or null before the first one (or if what is stored is not readable). */
export function auditChainStatus(db: Db): AuditChainStatus | null {
  const text = getMeta(db, 'audit_chain_status');
  if (text === null) return null;
  try {
    const parsed = AuditChainStatus.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
