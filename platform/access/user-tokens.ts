import type { Db } from '../../node-shared/db/connection';
import { toBeijingIso } from '../../shared/time';
import { newDeviceToken, sha256Hex } from './secrets';

/**
 * How long a user token issued at an online sign-in stays good: as long as the client's offline sign-in (a county
 * office may work for days, even weeks, without the network and push afterwards). Checklist: the same period as
 * OFFLINE_SIGN_IN_VALID_DAYS in electron/core/auth/credential-cache.ts.
 */
export const USER_TOKEN_VALID_DAYS = 30;

const DAY_MS = 86_400_000;

export type IssuedUserToken = { token: string; expiresAt: string };

/**
 * A new user token for `username` on `deviceId` (256 random bits; only its sha256 is kept). Earlier tokens of the
 * same user on the same device stay good until they expire: entries made before this sign-in may still carry one.
 */
export function issueUserToken(db: Db, username: string, deviceId: string, now: Date): IssuedUserToken {
  const token = newDeviceToken();
  const expiresAt = toBeijingIso(new Date(now.getTime() + USER_TOKEN_VALID_DAYS * DAY_MS));
  db.prepare(
    `INSERT INTO user_tokens (token_hash, username, device_id, issued_at, expires_at)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(sha256Hex(token), username, deviceId, toBeijingIso(now), expiresAt);
  return { token, expiresAt };
}

export type UserTokenRecord = { username: string; deviceId: string; expiresAt: string };

export function findUserToken(db: Db, token: string): UserTokenRecord | null {
  const row = db
    .prepare(
      `SELECT username, device_id AS "deviceId", expires_at AS "expiresAt" FROM user_tokens WHERE token_hash = ?`,
    )
    .get(sha256Hex(token)) as UserTokenRecord | undefined;
  return row ?? null;
}
