import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// OWASP Password Storage Cheat Sheet (scrypt, when Argon2id is not at hand): N = 2^17, r = 8, p = 1 — 128 MiB and
// a few hundred milliseconds per hash on a window PC. Both the platform's user table and the client's offline
// credential cache use it. Every stored hash carries its parameters, so a hash made with the earlier N = 2^14
// still verifies, and `needsRehash` tells the caller to store a new one after the next successful sign-in.
export const PASSWORD_HASH_PARAMS = { N: 131_072, r: 8, p: 1 } as const;
const PARAMS = PASSWORD_HASH_PARAMS;
const KEY_LENGTH = 32;
/** scrypt needs 128·N·r bytes; Node's default ceiling (32 MiB) is below that. A stored value asking for more than
 * this (a damaged or hostile one) is refused rather than allowed to take the memory. */
const MAX_MEMORY = 256 * 1024 * 1024;

const derive = (password: string, salt: Buffer, options: ScryptOptions, length: number): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    // Async scrypt runs on the libuv pool: a login never stalls the feed streams on the event loop.
    scrypt(password.normalize('NFC'), salt, length, { ...options, maxmem: MAX_MEMORY }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });

/** `scrypt$N$r$p$<salt>$<hash>` (base64url), salt of 16 random bytes. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS, KEY_LENGTH);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join(
    '$',
  );
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash, ...rest] = stored.split('$');
  if (scheme !== 'scrypt' || salt === undefined || hash === undefined || rest.length > 0) return false;
  const expected = Buffer.from(hash, 'base64url');
  if (expected.length === 0) return false;
  try {
    const key = await derive(
      password,
      Buffer.from(salt, 'base64url'),
      { N: Number(n), r: Number(r), p: Number(p) },
      expected.length,
    );
    return timingSafeEqual(key, expected);
  } catch {
    // Damaged parameters (not a power of two, beyond scrypt's memory limit…) refuse rather than throw.
    return false;
  }
}

/** Whether a stored hash was made with less work than today's parameters (to be replaced once the password is
 * known to be right). A value that does not parse is not a hash to upgrade: it never verifies. */
export function needsRehash(stored: string): boolean {
  const [scheme, n, r, p] = stored.split('$');
  if (scheme !== 'scrypt') return false;
  return Number(n) < PARAMS.N || Number(r) < PARAMS.r || Number(p) < PARAMS.p;
}

let dummy: Promise<string> | null = null;

/**
 * Spends the same time as a real check for a username that does not exist, so response time does not tell
 * which usernames are real.
 */
export async function burnPasswordCheck(password: string): Promise<false> {
  dummy ??= hashPassword('placeholder-password');
  await verifyPassword(password, await dummy);
  return false;
}
