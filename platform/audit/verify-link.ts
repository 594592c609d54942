import { z } from 'zod';
import {
  canonicalEntry,
  chainHash,
  GENESIS_HASH,
  type ChainBreak,
  type ChainEntry,
} from '../../node-shared/audit/chain';
import type { Db } from '../../node-shared/db/connection';
import { recordChainBreak, refineToReordered } from './chain-breaks.repo';
import {
  moveChainHead,
  readChainHead,
  receivedAt,
  receivedBeyond,
  sentUnchained,
  type ChainHeadRow,
} from './chain-heads.repo';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/** An 'audit.appended' payload as appendAudit sends it: the entry, its seq, its hash and the hash it follows. */
const ChainedPayload = z.object({
  seq: z.number().int().positive(),
  hash: hex64,
  prevHash: hex64,
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  caseNumber: z.string().nullable(),
  purpose: z.string().nullable(),
  detail: z.unknown(),
});
type Link = ChainEntry & { hash: string; prevHash: string };
/** The entry as a link of the chain, or null when it is not one (no hash: from before the chain; or malformed). */
function readLink(payload: unknown): Link | null {
  const parsed = ChainedPayload.safeParse(payload);
  // detail is hashed as sent, whatever its shape (canonical JSON of any value).
  return parsed.success ? (parsed.data as Link) : null;
}

/** The hash a stored payload (JSON text) carries, if any. */
const hashOf = (payload: string): unknown => (JSON.parse(payload) as { hash?: unknown }).hash;

/** The seq of an entry that is not a readable link, when it names one. */
const SeqOnly = z.object({ seq: z.number().int().positive() });

export type LinkOutcome = 'confirmed' | 'resent' | 'late' | 'unchained' | ChainBreak;

type Check = { db: Db; deviceId: string; mutationId: number; at: string };

/**
 * Checks one received audit entry against the device's chain, in the transaction that stores it (the entry is
 * stored whatever this finds: a break is reported, never a reason to lose evidence). The entries of a device
 * arrive in its outbox order, which is seq order, so each should be the next link after the head (the newest
 * entry placed in the chain); it links when its hash is chainHash(prevHash, entry), computed with the client's
 * own function (node-shared/audit/chain.ts), and its prevHash is the head's hash. Otherwise:
 * - seq is the head's + 1 but does not link → `altered` (content changed after it was chained, a renumbered
 *   seq, or a chain recomputed from an entry already received);
 * - a seq skipped → `removed` at the first missing seq (and `altered` too if the entry's own hash does not
 *   recompute); told `reordered` if that entry arrives later and links to the entry held before it;
 * - a seq already passed: the same entry again (same hash, prevHash and content) is a harmless resend; a late
 *   entry for a seq never held that links to the entry held before it fills its gap (no new break); the same
 *   hash with other content → `altered`; anything else → `inserted`.
 * Every break is recorded (chain-breaks.repo.ts), and verification goes on: the head moves to each entry with a
 * seq beyond it, broken or not, so each later break is found on its own and an old break does not make every
 * later entry look broken. After entries that broke right up to the head, one that follows any of them is taken
 * (that disorder is reported once). An entry that is not a readable link is `altered` and takes
 * its seq with no hash: the next entry is taken when its own hash recomputes.
 *
 * Entries from before the chain existed carry no hash and are not verifiable; a device that sent such entries is
 * anchored at its first chained entry (its predecessor was hashed locally and never sent). Entries a platform
 * stored unchecked after a device's first break (before every break was kept) are checked first, in the order
 * received, so a break hidden among them is found too.
 */
export function verifyAuditLink(
  db: Db,
  deviceId: string,
  mutationId: number,
  payload: unknown,
  at: string,
): LinkOutcome {
  const { headSeq } = readChainHead(db, deviceId);
  for (const stored of receivedBeyond(db, deviceId, headSeq, mutationId))
    checkLink({ db, deviceId, mutationId: stored.mutationId, at }, JSON.parse(stored.payload));
  return checkLink({ db, deviceId, mutationId, at }, payload);
}

function checkLink(check: Check, payload: unknown): LinkOutcome {
  const { db, deviceId, mutationId, at } = check;
  const head = readChainHead(db, deviceId);
  const found = (seq: number, reason: ChainBreak): ChainBreak => {
    recordChainBreak(db, deviceId, { seq, reason, mutationId }, at);
    return reason;
  };
  const entry = readLink(payload);
  if (entry === null) {
    if (head.headHash === null && head.headSeq === 0 && head.breaks.length === 0) return 'unchained';
    const named = SeqOnly.safeParse(payload);
    const seq = named.success && named.data.seq > head.headSeq ? named.data.seq : head.headSeq + 1;
    if (seq > head.headSeq + 1) found(head.headSeq + 1, 'removed');
    moveChainHead(db, deviceId, seq, null, at);
    return found(seq, 'altered');
  }
  if (entry.seq <= head.headSeq) return checkPassed(check, entry);
  const selfConsistent = chainHash(entry.prevHash, entry) === entry.hash;
  moveChainHead(db, deviceId, entry.seq, entry.hash, at);

  if (entry.seq > head.headSeq + 1) {
    const anchor =
      head.headHash === null && head.headSeq === 0 && head.breaks.length === 0 && sentUnchained(db, deviceId);
    if (anchor && selfConsistent) return 'confirmed';
    const gap = found(head.headSeq + 1, 'removed');
    if (!selfConsistent) found(entry.seq, 'altered');
    return gap;
  }
  const expected = head.headHash ?? (head.headSeq === 0 ? GENESIS_HASH : null);
  if (selfConsistent && (expected === null || entry.prevHash === expected)) return 'confirmed';
  if (selfConsistent && followsBrokenRun(check, head, entry.prevHash)) return 'confirmed';
  return found(entry.seq, 'altered');
}

/**
 * Whether `prevHash` is the hash of an entry received in the run of broken seqs that ends at the head (e.g. two
 * entries swapped and renumbered, each reported `altered`: the entry after them follows one of them). Only that
 * run: an entry that follows an older entry is a chain recomputed from it, a break of its own.
 */
function followsBrokenRun(check: Check, head: ChainHeadRow, prevHash: string): boolean {
  const broken = new Set(head.breaks.map((found) => found.seq));
  for (let seq = head.headSeq; seq > 0 && broken.has(seq); seq -= 1) {
    const held = receivedAt(check.db, check.deviceId, seq, check.mutationId);
    if (held.some(({ payload }) => hashOf(payload) === prevHash)) return true;
  }
  return false;
}

/** An entry at a seq the head has passed: a resend, a late one filling a gap, or one that does not belong. */
function checkPassed(check: Check, entry: Link): LinkOutcome {
  const { db, deviceId, mutationId, at } = check;
  const held = receivedAt(db, deviceId, entry.seq, mutationId).flatMap(({ payload }) => {
    const link = readLink(JSON.parse(payload));
    return link === null ? [] : [link];
  });
  const sameHash = held.filter((other) => other.hash === entry.hash);
  const same = (other: Link) =>
    other.prevHash === entry.prevHash && canonicalEntry(other) === canonicalEntry(entry);
  if (sameHash.some(same)) return 'resent';
  const found = (reason: ChainBreak): ChainBreak => {
    recordChainBreak(db, deviceId, { seq: entry.seq, reason, mutationId }, at);
    return reason;
  };
  if (sameHash.length > 0) return found('altered');
  const links = chainHash(entry.prevHash, entry) === entry.hash && followsHeld(check, entry);
  if (held.length === 0 && links) {
    refineToReordered(db, deviceId, entry.seq);
    return 'late';
  }
  return found('inserted');
}

/** Whether the entry's prevHash is the hash of the entry this device sent at the seq before (genesis for 1). */
const followsHeld = (check: Check, entry: Link): boolean =>
  entry.seq === 1
    ? entry.prevHash === GENESIS_HASH
    : receivedAt(check.db, check.deviceId, entry.seq - 1, check.mutationId).some(
        ({ payload }) => hashOf(payload) === entry.prevHash,
      );
