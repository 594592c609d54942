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
  type ChainBreakAt,
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
    /** Every break (a status stored before they were listed has none: the first one above stands alone). */
    breaks: z
      .array(z.object({ seq: z.number().int().positive(), reason: z.enum(chainBreaks), message: z.string() }))
      .default([]),
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
  let resume: { from: ChainHead; shift: number } = { from: GENESIS_HEAD, shift: 0 };
  let count = 0;
  let chunk: HashedEntry[] = [];
  // Where each broken chunk started: read again afterwards (not while the log is being iterated).
  const brokenAt: (typeof resume)[] = [];
  const flush = (): void => {
    if (chunk.length === 0) return;
    const verdict = verifyChain(chunk, resume);
    if (verdict.ok) resume = { from: verdict.head, shift: 0 };
    else {
      brokenAt.push(resume);
      resume = verdict.resume;
    }
    count += chunk.length;
    chunk = [];
  };
  for (const row of iterateAuditLog(db)) {
    chunk.push(toHashedEntry(row));
    if (chunk.length === CHUNK) flush();
  }
  flush();
  const head = resume.from;
  const atKnownHead = knownHead === null ? null : reachesKnownHead(db, head, count, knownHead);
  if (brokenAt.length === 0) return atKnownHead ?? { ok: true, count, head };
  // Every break, each told apart with the entries after its chunk in view.
  const breaks = new Map<number, ChainBreakAt>();
  for (const start of brokenAt) {
    const window = auditRowsAfter(db, start.from.seq, CHUNK + LOOKAHEAD).map(toHashedEntry);
    const verdict = verifyChain(window, start);
    if (verdict.ok) continue;
    for (const found of verdict.breaks)
      if (found.seq <= start.from.seq + CHUNK && !breaks.has(found.seq)) breaks.set(found.seq, found);
  }
  if (atKnownHead !== null && !atKnownHead.ok) breaks.set(atKnownHead.firstBadSeq, atKnownHead.breaks[0]!);
  const all = [...breaks.values()].sort((a, b) => a.seq - b.seq);
  const first = all[0];
  if (first === undefined) return atKnownHead ?? { ok: true, count, head };
  return {
    ok: false,
    firstBadSeq: first.seq,
    reason: first.reason,
    message: first.message,
    breaks: all,
    resume,
  };
}

/** An intact log still holds the head recorded elsewhere, at its seq with its hash. */
function reachesKnownHead(db: Db, head: ChainHead, _count: number, known: ChainHead): ChainVerdict | null {
  const fail = (reason: ChainBreak, seq: number): ChainVerdict => {
    const found = { seq, reason, message: CHAIN_MESSAGES[reason](seq) };
    return {
      ok: false,
      firstBadSeq: seq,
      reason,
      message: found.message,
      breaks: [found],
      resume: { from: head, shift: 0 },
    };
  };
  if (known.seq > head.seq) return fail('removed', head.seq + 1);
  if (auditHashAt(db, known.seq) !== known.hash) return fail('altered', known.seq);
  return null;
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
        breaks: verdict.breaks,
        checkedAt,
      };
  setMeta(db, 'audit_chain_status', JSON.stringify(status));
  if (!status.ok) {
    console.warn(
      `审计日志哈希链校验未通过（共 ${status.breaks.length} 处，首处第 ${status.firstBadSeq} 条，${status.reason}）：` +
        status.breaks.map((found) => found.message).join('；'),
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
