import type { Db } from '../../node-shared/db/connection';
import type { DeviceRecord } from '../../shared/platform-api/api';
import { toBeijingIso } from '../../shared/time';
import { newDeviceToken, sha256Hex } from './secrets';

// Revoking a device and rotating its token. A revoked device's token is refused on every route from the next
// request on (403 DEVICE_REVOKED, which the client shows and stops syncing on). A rotation is handed to the device
// at its next sync in two steps, so a lost answer never locks it out:
//   1. the administrator asks for it (rotation_requested_at);
//   2. the device, still with its old token, sees the request in devices/me and fetches a new token
//      (devices/me/token); only its hash is kept, as next_token_hash — the old token still works, and asking
//      again replaces the new one;
//   3. the first request made with the new token makes it the token: the old one is refused from then on.

export type DeviceChange = 'done' | 'unknown-device' | 'revoked';

/** Refuses the device from its next request on. Idempotent: revoking again keeps the first date. */
export function revokeDevice(db: Db, deviceId: string, now: Date): 'done' | 'unknown-device' {
  const changed = db
    .prepare(
      `UPDATE devices SET revoked_at = coalesce(revoked_at, ?), next_token_hash = NULL,
         rotation_requested_at = NULL WHERE id = ?`,
    )
    .run(toBeijingIso(now), deviceId).changes;
  return changed === 1 ? 'done' : 'unknown-device';
}

/** Marks the device to be handed a new token at its next sync. */
export function requestTokenRotation(db: Db, deviceId: string, now: Date): DeviceChange {
  const row = db.prepare('SELECT revoked_at AS "revokedAt" FROM devices WHERE id = ?').get(deviceId) as
    { revokedAt: string | null } | undefined;
  if (row === undefined) return 'unknown-device';
  if (row.revokedAt !== null) return 'revoked';
  db.prepare('UPDATE devices SET rotation_requested_at = ? WHERE id = ?').run(toBeijingIso(now), deviceId);
  return 'done';
}

/** Step 2: a new token for a device whose rotation was asked for; null when none was. */
export function issueRotatedToken(db: Db, deviceId: string): string | null {
  const token = newDeviceToken();
  const changed = db
    .prepare(
      `UPDATE devices SET next_token_hash = ? WHERE id = ? AND rotation_requested_at IS NOT NULL
         AND revoked_at IS NULL`,
    )
    .run(sha256Hex(token), deviceId).changes;
  return changed === 1 ? token : null;
}

/** Step 3: the device presented its new token — it becomes the token, and the old one is refused from now on. */
export function promoteNextToken(db: Db, deviceId: string, tokenHash: string): void {
  db.prepare(
    `UPDATE devices SET token_hash = next_token_hash, next_token_hash = NULL, rotation_requested_at = NULL
     WHERE id = ? AND next_token_hash = ?`,
  ).run(deviceId, tokenHash);
}

export function listDevices(db: Db): DeviceRecord[] {
  return db
    .prepare(
      `SELECT id AS "deviceId", name, number AS "deviceNumber", enrolled_at AS "enrolledAt", revoked_at AS "revokedAt",
         rotation_requested_at AS "rotationRequestedAt"
       FROM devices ORDER BY number NULLS FIRST, enrolled_at`,
    )
    .all() as DeviceRecord[];
}
