import { z } from 'zod';
import { chainHash, GENESIS_HASH, type ChainBreak, type ChainEntry } from '../../node-shared/audit/chain';
import type { Db } from '../../node-shared/db/connection';
import {
  confirmChainHead,
  readChainHead,
  recordChainBreak,
  refineChainBreak,
  sentBefore,
  sentUnchained,
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

export type LinkOutcome = 'confirmed' | 'resent' | 'unchained' | 'after-break' | ChainBreak;

/**
 * Checks one received audit entry against the device's chain, in the transaction that stores it (the entry is
 * stored whatever this finds: a break is reported, never a reason to lose evidence). The entries of a device
 * arrive in its outbox order, which is seq order, so each must be the next link:
 * - seq is the confirmed head's + 1, its prevHash is the head's hash, and its hash is chainHash(prevHash, entry)
 *   computed with the client's own function (node-shared/audit/chain.ts) → the head moves on;
 * - a hash that does not recompute → `altered` (the content changed after it was chained; a renumbered seq too);
 * - a prevHash that is not the head's → `altered` (the chain was recomputed from an entry already confirmed);
 * - a seq skipped → `removed` at the first missing seq, told `reordered` if that entry arrives later and links;
 * - a seq already confirmed with another hash → `inserted` (the same one again is a harmless resend).
 * Only the first break is kept; the head stays at the last confirmed link.
 *
 * Entries from before the chain existed carry no hash and are not verifiable; a device that sent such entries is
 * anchored at its first chained entry (its predecessor was hashed locally and never sent).
 */
export function verifyAuditLink(
  db: Db,
  deviceId: string,
  mutationId: number,
  payload: unknown,
  at: string,
): LinkOutcome {
  const head = readChainHead(db, deviceId);
  const parsed = ChainedPayload.safeParse(payload);
  const fail = (reason: ChainBreak, seq: number): LinkOutcome => {
    recordChainBreak(db, deviceId, seq, reason, at);
    return head.broken === null ? reason : 'after-break';
  };
  if (!parsed.success) {
    if (head.headHash === null && head.broken === null) return 'unchained';
    return fail('altered', head.headSeq + 1);
  }
  const entry = parsed.data as ChainEntry & { hash: string; prevHash: string };
  const selfConsistent = chainHash(entry.prevHash, entry) === entry.hash;
  const headHash = head.headHash ?? GENESIS_HASH;

  if (head.broken !== null) {
    const lateEntry =
      head.broken.reason === 'removed' && entry.seq === head.broken.seq && entry.seq === head.headSeq + 1;
    if (lateEntry && selfConsistent && entry.prevHash === headHash)
      refineChainBreak(db, deviceId, 'reordered', at);
    return 'after-break';
  }
  if (entry.seq <= head.headSeq) {
    return sentBefore(db, deviceId, mutationId, entry.seq, entry.hash)
      ? 'resent'
      : fail('inserted', entry.seq);
  }
  if (entry.seq > head.headSeq + 1) {
    const anchor = head.headHash === null && selfConsistent && sentUnchained(db, deviceId);
    if (!anchor) return fail('removed', head.headSeq + 1);
  } else if (!selfConsistent || entry.prevHash !== headHash) {
    return fail('altered', entry.seq);
  }
  confirmChainHead(db, deviceId, entry.seq, entry.hash, at);
  return 'confirmed';
}
