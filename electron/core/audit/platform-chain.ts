import { z } from 'zod';
import { PlatformChainStatus } from '../../../shared/domain/audit';
import type { AuditChainHead } from '../../../shared/platform-api/api';
import { toBeijingIso } from '../../../shared/time';
import { getMeta, setMeta } from '../app/meta.repo';
import type { Db } from '../../../node-shared/db/connection';
import { createPlatformClient } from '../sync/platform-client';
import { readPlatformTarget } from '../sync/platform-target';
import type { ChainHead } from '../../../node-shared/audit/chain';

/** A supervisor waits for this at most before the last known answer is shown instead. */
const ASK_TIMEOUT_MS = 3_000;

/** What is kept in meta: the last answer and the device it was about (a re-enrolled PC starts over). */
const Stored = PlatformChainStatus.omit({ live: true }).extend({ deviceId: z.string() });
type Stored = z.infer<typeof Stored>;

function readStored(db: Db): Stored | null {
  const text = getMeta(db, 'audit_platform_chain');
  if (text === null) return null;
  try {
    const parsed = Stored.safeParse(JSON.parse(text));
    return parsed.success && parsed.data.deviceId === getMeta(db, 'device_id') ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The platform's last known verdict (no network). */
export function lastPlatformChain(db: Db): PlatformChainStatus | null {
  const stored = readStored(db);
  if (stored === null) return null;
  const { deviceId: _deviceId, ...status } = stored;
  return { ...status, live: false };
}

/**
 * The head the platform confirmed and the cache must still hold: what catches a tail cut off or a chain
 * recomputed after a change, which the chain alone cannot show (audit/chain.ts). None while the platform
 * reports a break (that break is shown on its own).
 */
export function platformKnownHead(db: Db): ChainHead | null {
  const stored = readStored(db);
  if (stored === null || stored.confirmedSeq === 0 || stored.confirmedHash === null) return null;
  return { seq: stored.confirmedSeq, hash: stored.confirmedHash };
}

export function keepPlatformChain(db: Db, head: AuditChainHead, at: Date): PlatformChainStatus {
  const status: PlatformChainStatus = {
    confirmedSeq: head.confirmedSeq,
    confirmedHash: head.confirmedHash,
    broken:
      head.broken === null
        ? null
        : { seq: head.broken.seq, reason: head.broken.reason, message: head.broken.message },
    fetchedAt: toBeijingIso(at),
    live: true,
  };
  const { live: _live, ...kept } = status;
  setMeta(db, 'audit_platform_chain', JSON.stringify({ ...kept, deviceId: head.deviceId }));
  return status;
}

/**
 * Asks the enrolled platform how far it verified this device's chain and keeps the answer; when it cannot be
 * asked (not enrolled, offline, an older platform without the route) the last answer, marked as not live.
 */
export async function fetchPlatformChain(db: Db, now: () => Date): Promise<PlatformChainStatus | null> {
  const target = readPlatformTarget(db);
  const token = getMeta(db, 'device_token');
  if (target === null || token === null) return lastPlatformChain(db);
  try {
    const head = await createPlatformClient({ target, token, timeoutMs: ASK_TIMEOUT_MS }).auditChain();
    return keepPlatformChain(db, head, now());
  } catch {
    return lastPlatformChain(db);
  }
}
