import { describe, expect, it } from 'vitest';
import {
  burnPasswordCheck,
  hashPassword,
  needsRehash,
  PASSWORD_HASH_PARAMS,
  verifyPassword,
} from './passwords';

describe('scrypt password hashes', () => {
  it('stores scheme, parameters, salt and hash, and verifies the right password only', async () => {
    const stored = await hashPassword('正确的密码-1');
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(await verifyPassword('正确的密码-1', stored)).toBe(true);
    expect(await verifyPassword('正确的密码-2', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts every hash: the same password twice gives two different stored values', async () => {
    const [a, b] = await Promise.all([hashPassword('same'), hashPassword('same')]);
    expect(a).not.toBe(b);
    expect(await verifyPassword('same', a)).toBe(true);
    expect(await verifyPassword('same', b)).toBe(true);
  });

  it('compares passwords in NFC: a composed and a decomposed é are the same password', async () => {
    const stored = await hashPassword('caf\u00e9');
    expect(await verifyPassword('cafe\u0301', stored)).toBe(true);
  });

  it('reads the parameters from the stored value, so hashes made with other parameters still verify', async () => {
    const stored = await hashPassword('pw');
    const [, , , , salt] = stored.split('$');
    const { scryptSync } = await import('node:crypto');
    const key = scryptSync('pw', Buffer.from(salt ?? '', 'base64url'), 32, { N: 1024, r: 8, p: 1 });
    expect(await verifyPassword('pw', `scrypt$1024$8$1$${salt}$${key.toString('base64url')}`)).toBe(true);
  });

  it('hashes at the OWASP scrypt cost, and marks a hash made at the earlier cost for an upgrade', async () => {
    expect(PASSWORD_HASH_PARAMS).toEqual({ N: 2 ** 17, r: 8, p: 1 });
    const current = await hashPassword('pw');
    expect(needsRehash(current)).toBe(false);
    const { scryptSync } = await import('node:crypto');
    const salt = Buffer.from('0123456789abcdef');
    const earlier = `scrypt$16384$8$1$${salt.toString('base64url')}$${scryptSync('pw', salt, 32, { N: 16_384, r: 8, p: 1 }).toString('base64url')}`;
    expect(await verifyPassword('pw', earlier)).toBe(true);
    expect(needsRehash(earlier)).toBe(true);
    expect(needsRehash('not a hash')).toBe(false);
  });

  it.each([
    ['empty', ''],
    ['another scheme', 'bcrypt$2b$10$abc'],
    ['missing hash', 'scrypt$16384$8$1$c2FsdA'],
    ['empty hash', 'scrypt$16384$8$1$c2FsdA$'],
    ['extra fields', 'scrypt$16384$8$1$c2FsdA$aGFzaA$more'],
    ['N not a power of two', 'scrypt$1000$8$1$c2FsdA$aGFzaA'],
    ['N not a number', 'scrypt$abc$8$1$c2FsdA$aGFzaA'],
    ['beyond the memory limit', 'scrypt$1048576$64$1$c2FsdA$aGFzaA'],
  ])('refuses (never throws on) a damaged stored value: %s', async (_name, stored) => {
    await expect(verifyPassword('pw', stored)).resolves.toBe(false);
  });

  it('burnPasswordCheck spends a real check and always refuses', async () => {
    await expect(burnPasswordCheck('anything')).resolves.toBe(false);
  });
});
