import { DEVICE_REVOKED } from '../../../shared/domain/sync';
import { toBeijingIso } from '../../../shared/time';
import type { Db } from '../../../node-shared/db/connection';
import { getMeta, setMeta } from '../app/meta.repo';
import { appendAudit } from '../audit/audit.repo';
import { PlatformRequestError, type PlatformClient } from './platform-client';

// What the platform says about this device at each sync: revoked (sync stops, and the 同步 page says why until
// an administrator enrols the PC again), or asked to take a new token (platform/access/device-lifecycle.ts).

export { DEVICE_REVOKED };
export const deviceRevokedMessage = '本机已被市平台停用，同步已停止。请联系管理员，重新登记本机后才能同步。';

export const isRevoked = (db: Db): boolean => getMeta(db, 'device_revoked_at') !== null;

/** The 同步 page's standing error for a revoked device; null while it is not. */
export function revokedError(db: Db): { code: string; message: string; at: string } | null {
  const at = getMeta(db, 'device_revoked_at');
  return at === null ? null : { code: DEVICE_REVOKED, message: deviceRevokedMessage, at };
}

export const isRevocation = (error: unknown): boolean =>
  error instanceof PlatformRequestError && error.code === DEVICE_REVOKED;

export function markRevoked(db: Db, now: Date): void {
  if (isRevoked(db)) return;
  db.transaction(() => {
    setMeta(db, 'device_revoked_at', toBeijingIso(now));
    appendAudit(db, {
      at: toBeijingIso(now),
      actor: 'system',
      action: 'sync.device-revoked',
      targetType: 'device',
      targetId: getMeta(db, 'device_id'),
      caseNumber: null,
      purpose: null,
      detail: {},
    });
  })();
}

/**
 * Asks devices/me how the platform holds this device: stores its number if it has none yet, and when the platform
 * rotates its token, fetches the new one and keeps it (in the encrypted cache, like the old one). Returns the
 * token to sync with. A revocation is thrown (the caller stops); any other failure leaves things as they were.
 */
export async function checkStanding(
  db: Db,
  client: PlatformClient,
  token: string,
  now: Date,
): Promise<string> {
  let self;
  try {
    self = await client.self();
  } catch (error) {
    if (isRevocation(error)) throw error;
    return token;
  }
  if (getMeta(db, 'device_number') === null) setMeta(db, 'device_number', String(self.deviceNumber));
  if (self.tokenRotationRequested !== true) return token;
  const rotated = await client.rotateToken();
  db.transaction(() => {
    setMeta(db, 'device_token', rotated.deviceToken);
    appendAudit(db, {
      at: toBeijingIso(now),
      actor: 'system',
      action: 'sync.token-rotated',
      targetType: 'device',
      targetId: self.deviceId,
      caseNumber: null,
      purpose: null,
      detail: {},
    });
  })();
  return rotated.deviceToken;
}
