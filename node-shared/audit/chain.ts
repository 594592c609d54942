import { createHash } from 'node:crypto';
import type { AuditRow } from './audit-entry';
import { canonicalJson } from '../../shared/canonical-json';

/**
 * The audit hash chain: each entry's hash covers its own fields and the hash of the entry before it, so changing,
 * removing, reordering or inserting an entry breaks the links from there on.
 *
 * What it does and does not prove: the hash is unkeyed, so someone who can rewrite the database file and knows this
 * algorithm could recompute every hash after a change. The chain makes tampering detectable against a head that
 * was recorded elsewhere before the change — the head the platform acknowledged at the last sync — which is what
 * `knownHead` in verifyChain is for. Without one, removing entries from the end cannot be detected either.
 *
 * Pure and database-independent. The wiring: the hash column and backfill (migration 7), the hash computed in the
 * insert's transaction with the seq the row gets (appendAudit), the check on start (chain-status.ts); verifying at
 * the platform is still to come.
 */

/** An audit entry as stored (seq assigned), the input to the hash. */
export type ChainEntry = AuditRow;
/** An entry with the chain hash stored beside it. */
export type HashedEntry = ChainEntry & { hash: string };
/** The last link of a chain: the seq and hash the next entry follows. */
export type ChainHead = { seq: number; hash: string };

/**
 * The "previous hash" of the first entry: 64 zeros (the width of a sha256 hex digest). It is part of the format;
 * changing it invalidates every stored chain.
 */
export const GENESIS_HASH = '0'.repeat(64);
/** Before the first entry: seq 0 (audit_log's AUTOINCREMENT starts at 1) and the genesis hash. */
export const GENESIS_HEAD: ChainHead = Object.freeze({ seq: 0, hash: GENESIS_HASH });

export type ChainBreak = 'altered' | 'removed' | 'reordered' | 'inserted';
/** One break in a chain: where, what it looks like, in the user's words. */
export type ChainBreakAt = { seq: number; reason: ChainBreak; message: string };
/**
 * A broken chain names its first break (firstBadSeq, reason, message) and lists every break (`breaks`, the first
 * among them): one forged entry must not hide a second one further on.
 */
export type ChainVerdict =
  | { ok: true; count: number; head: ChainHead }
  | {
      ok: false;
      firstBadSeq: number;
      reason: ChainBreak;
      message: string;
      breaks: ChainBreakAt[];
      /** Where a check of the entries after these picks up (a chunked check goes on from here). */
      resume: { from: ChainHead; shift: number };
    };

/** What the user reads when the chain is broken, one place for the feature's words. */
export const CHAIN_MESSAGES: Record<ChainBreak, (seq: number) => string> = {
  altered: (seq) => `审计日志第 ${seq} 条记录的内容与哈希链不符，可能已被篡改`,
  removed: (seq) => `审计日志第 ${seq} 条记录缺失，可能已被删除`,
  reordered: (seq) => `审计日志自第 ${seq} 条起顺序被打乱`,
  inserted: (seq) => `审计日志在第 ${seq} 条处有被插入的记录`,
};

/**
 * The stable text an entry is hashed over: canonical JSON of the entry under its audit_log column names, with
 * detail canonicalised too (sorted keys at every depth). Null and "" stay distinct, and the text does not depend on
 * key order, property order in the object, or a JSON round trip of detail through the database.
 *
 * Checklist: a field added to audit_log that should be tamper-evident is added here — and that changes every hash,
 * so it needs a new chain format (a version marker or a new genesis), not a silent edit.
 */
export function canonicalEntry(entry: ChainEntry): string {
  return canonicalJson({
    seq: entry.seq,
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    target_type: entry.targetType,
    target_id: entry.targetId,
    case_number: entry.caseNumber,
    purpose: entry.purpose,
    detail: entry.detail,
  });
}

/** sha256 (hex) of previousHash + '\n' + canonicalEntry(entry), over UTF-8. */
export function chainHash(previousHash: string, entry: ChainEntry): string {
  return createHash('sha256')
    .update(`${previousHash}\n${canonicalEntry(entry)}`, 'utf8')
    .digest('hex');
}

/**
 * The head after appending `entry` to a chain whose head is `head`; its `hash` is what is stored with the entry.
 * Pure; throws if the entry's seq does not follow the head's, which is a bug in the caller, not in the data.
 */
export function appendHashed(head: ChainHead, entry: ChainEntry): ChainHead {
  if (entry.seq !== head.seq + 1) {
    throw new RangeError(`audit chain: entry seq ${entry.seq} does not follow head seq ${head.seq}`);
  }
  return { seq: entry.seq, hash: chainHash(head.hash, entry) };
}

export type VerifyOptions = {
  /** Where the given entries continue from: GENESIS_HEAD for the whole log, or a verified earlier head. */
  from?: ChainHead;
  /**
   * A head recorded outside this database (acknowledged by the platform). The chain must reach it and hold
   * exactly this hash at its seq; this is what catches a truncated tail or a chain recomputed after a change.
   */
  knownHead?: ChainHead;
  /** The seq offset the entries follow after an earlier chunk's renumbering break (its verdict's resume). */
  shift?: number;
};

/**
 * Verifies entries in the order given (ORDER BY seq for the table). Each entry must have seq one more than the
 * one before and a stored hash equal to chainHash(stored hash before it, entry). At the first break it says
 * where and, as far as the surroundings tell, what happened:
 * - a seq skipped: `removed`, or `reordered` when the skipped seq appears later in the list;
 * - a seq repeated or going back: `inserted`;
 * - seqs in order but a hash that does not link: `altered` when the next entry still links to this one's stored
 *   hash (the entry changed after it was chained, or it is the last one); `reordered` when the entry that belongs
 *   here sits elsewhere renumbered; `inserted` when the next entry belongs here (the rest were renumbered up);
 *   `removed` when the next entry links to this one only one seq further on (the rest were renumbered down).
 * firstBadSeq is the first seq at which the chain is no longer intact (for `removed`, the first missing seq).
 */
export function verifyChain(entries: readonly HashedEntry[], options: VerifyOptions = {}): ChainVerdict {
  const from = options.from ?? GENESIS_HEAD;
  const breaks: ChainBreakAt[] = [];
  const note = (reason: ChainBreak, seq: number): void => {
    breaks.push({ seq, reason, message: CHAIN_MESSAGES[reason](seq) });
  };
  let head: ChainHead = from;
  // Seqs renumbered after a removal or an insertion (-1 / +1) are one break, not one per entry after it.
  let shift = options.shift ?? 0;
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index] as HashedEntry;
    const expectedSeq = head.seq + 1;
    if (entry.seq !== expectedSeq) {
      if (entry.seq < expectedSeq) note('inserted', expectedSeq);
      else {
        const later = entries.slice(index + 1).some((other) => other.seq === expectedSeq);
        note(later ? 'reordered' : 'removed', expectedSeq);
      }
      head = { seq: entry.seq, hash: entry.hash };
      continue;
    }
    if (chainHash(head.hash, { ...entry, seq: entry.seq + shift }) === entry.hash) {
      head = { seq: entry.seq, hash: entry.hash };
      continue;
    }
    note(classifyBadLink(entries, index, head, options.knownHead), entry.seq);
    // Go on from where the rest of the chain links: after this entry as stored (it was altered, or entries
    // before it went) or, when this entry is the extra one, from the head before it.
    const resync = resyncAfter(entry, entries[index + 1], head.hash);
    head = { seq: entry.seq, hash: resync.base };
    shift = resync.shift;
  }
  const known = options.knownHead;
  if (known !== undefined) {
    if (known.seq > head.seq) note('removed', head.seq + 1);
    else {
      const stored =
        known.seq === from.seq ? from.hash : entries.find((entry) => entry.seq === known.seq)?.hash;
      if (stored !== known.hash && !breaks.some((found) => found.seq === known.seq))
        note('altered', known.seq);
    }
  }
  const first = breaks[0];
  if (first === undefined) return { ok: true, count: entries.length, head };
  return {
    ok: false,
    firstBadSeq: first.seq,
    reason: first.reason,
    message: first.message,
    breaks,
    resume: { from: head, shift },
  };
}

/** Where the chain picks up after a break at `entry`: the hash the next entry follows, and its seq offset. */
function resyncAfter(
  entry: HashedEntry,
  next: HashedEntry | undefined,
  before: string,
): { base: string; shift: number } {
  if (next !== undefined)
    for (const base of [entry.hash, before])
      for (const shift of [0, 1, -1])
        if (chainHash(base, { ...next, seq: next.seq + shift }) === next.hash) return { base, shift };
  return { base: entry.hash, shift: 0 };
}

/** The entry at `index` has the right seq but does not link to `head`; tell apart the likely causes. */
function classifyBadLink(
  entries: readonly HashedEntry[],
  index: number,
  head: ChainHead,
  knownHead: ChainHead | undefined,
): ChainBreak {
  const entry = entries[index] as HashedEntry;
  const next = entries[index + 1];
  if (next === undefined) {
    // The last entry carries the known head's hash one seq early: the one before it went, the rest moved down.
    const movedDown =
      knownHead !== undefined && entry.hash === knownHead.hash && entry.seq === knownHead.seq - 1;
    return movedDown ? 'removed' : 'altered';
  }
  if (chainHash(entry.hash, next) === next.hash) return 'altered';
  // The entry that was chained at this seq, now further on under another seq?
  const belongsHere = (other: HashedEntry) =>
    chainHash(head.hash, { ...other, seq: entry.seq }) === other.hash;
  if (belongsHere(next)) {
    // Either the two were swapped (this one then links after the next one at the next one's seq) or this one
    // is extra and everything after it moved up by one.
    return chainHash(next.hash, { ...entry, seq: next.seq }) === entry.hash ? 'reordered' : 'inserted';
  }
  if (chainHash(entry.hash, { ...next, seq: next.seq + 1 }) === next.hash) return 'removed';
  if (entries.slice(index + 2).some(belongsHere)) return 'reordered';
  return 'altered';
}
