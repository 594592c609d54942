import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// Interactive-login strength (about 50 ms); the parameters are stored with each hash so they can be raised later.
const PARAMS = { N: 16_384, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

const derive = (password: string, salt: Buffer, options: ScryptOptions, length: number): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    // Async scrypt runs on the libuv pool: a login never stalls the feed streams on the event loop.
    scrypt(password.normalize('NFC'), salt, length, options, (error, key) =>
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
