import { describe, expect, it } from 'vitest';
import type { PlatformUser } from '../../../shared/platform-api/api';
import {
  CLOCK_SKEW_TOLERANCE_MS,
  MAX_OFFLINE_FAILURES,
  OFFLINE_SIGN_IN_VALID_DAYS,
  createCredentialCache,
  offlineSignInMessages,
  type CachedCredential,
  type CredentialStore,
} from './credential-cache';
import { scryptSync } from 'node:crypto';
import { verifyPassword } from '../../../node-shared/auth/passwords';

// There is no table yet: the store interface is backed by a Map here, the way the table will back it later.
function memoryStore(): CredentialStore & { rows: Map<string, CachedCredential> } {
  const rows = new Map<string, CachedCredential>();
  return {
    rows,
    get: (username) => {
      const row = rows.get(username);
      return row === undefined ? null : structuredClone(row);
    },
    put: (row) => void rows.set(row.username, structuredClone(row)),
    remove: (username) => void rows.delete(username),
  };
}

const DAY = 24 * 3_600_000;
const signedInAt = new Date('2026-11-27T01:30:00.000Z');
const wang: PlatformUser = {
  username: 'wang.li',
  displayName: '王丽',
  role: 'clerk',
  department: '市行政审批服务局',
  districtCode: '410402',
};

async function setup(password = '窗口-密码1') {
  const store = memoryStore();
  let clock = signedInAt;
  const cache = createCredentialCache(store, { now: () => clock });
  await cache.rememberOnlineSignIn(password, wang);
  return {
    store,
    cache,
    password,
    at: (date: Date) => {
      clock = date;
    },
  };
}

describe('offline sign-in cache', () => {
  it('stores a salted scrypt hash in the platform format, never the password', async () => {
    const { store, password } = await setup();
    const row = store.rows.get('wang.li');
    expect(row).toMatchObject({ username: 'wang.li', user: wang, failedAttempts: 0 });
    expect(row?.cachedAt).toBe('2026-11-27T09:30:00.000+08:00');
    expect(row?.passwordHash).toMatch(/^scrypt\$131072\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(JSON.stringify(row)).not.toContain(password);
    expect(await verifyPassword(password, row?.passwordHash ?? '')).toBe(true);
  });

  it('signs the user in offline with the password the platform accepted', async () => {
    const { cache, password } = await setup();
    expect(await cache.verifyOffline('wang.li', password)).toEqual({
      ok: true,
      value: { user: wang, cachedAt: '2026-11-27T09:30:00.000+08:00' },
    });
  });

  it('upgrades a hash made at the earlier scrypt cost after a right offline password, not after a wrong one', async () => {
    const { store, cache, password } = await setup();
    const salt = Buffer.from('0123456789abcdef');
    const key = scryptSync(password.normalize('NFC'), salt, 32, { N: 16_384, r: 8, p: 1 });
    const earlier = `scrypt$16384$8$1$${salt.toString('base64url')}$${key.toString('base64url')}`;
    const row = store.rows.get('wang.li');
    if (row === undefined) throw new Error('no row');
    store.rows.set('wang.li', { ...row, passwordHash: earlier });

    expect((await cache.verifyOffline('wang.li', `${password}x`)).ok).toBe(false);
    expect(store.rows.get('wang.li')?.passwordHash).toBe(earlier);
    expect((await cache.verifyOffline('wang.li', password)).ok).toBe(true);
    const upgraded = store.rows.get('wang.li')?.passwordHash ?? '';
    expect(upgraded).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPassword(password, upgraded)).toBe(true);
    expect(store.rows.get('wang.li')?.failedAttempts).toBe(0);
  });

  it('refuses a wrong password with the one message for wrong credentials', async () => {
    const { cache, password } = await setup();
    expect(await cache.verifyOffline('wang.li', `${password}x`)).toEqual({
      ok: false,
      error: { code: 'SIGN_IN_FAILED', message: '用户名或密码错误', details: { reason: 'wrong-password' } },
    });
  });

  it('tells a user never signed in on this PC to go online once', async () => {
    const { cache, password } = await setup();
    expect(await cache.verifyOffline('zhang.san', password)).toEqual({
      ok: false,
      error: {
        code: 'SIGN_IN_FAILED',
        message: '本机没有该用户的登录记录，请联网登录一次',
        details: { reason: 'unknown-user' },
      },
    });
    // Usernames are the platform's: exact, no case folding.
    expect(await cache.verifyOffline('Wang.Li', password)).toMatchObject({
      error: { details: { reason: 'unknown-user' } },
    });
  });

  it(`is good for ${OFFLINE_SIGN_IN_VALID_DAYS} days after the last online sign-in, then asks to go online`, async () => {
    const { cache, password, at } = await setup();
    at(new Date(signedInAt.getTime() + OFFLINE_SIGN_IN_VALID_DAYS * DAY));
    expect((await cache.verifyOffline('wang.li', password)).ok).toBe(true);
    at(new Date(signedInAt.getTime() + OFFLINE_SIGN_IN_VALID_DAYS * DAY + 1));
    expect(await cache.verifyOffline('wang.li', password)).toMatchObject({
      ok: false,
      error: { message: offlineSignInMessages.expired, details: { reason: 'expired' } },
    });
  });

  it('says nothing about expiry to a wrong password', async () => {
    const { cache, password, at } = await setup();
    at(new Date(signedInAt.getTime() + 90 * DAY));
    expect(await cache.verifyOffline('wang.li', `${password}x`)).toMatchObject({
      error: { message: '用户名或密码错误' },
    });
  });

  it('a new online sign-in starts the period again, with the new password and the platform’s latest record', async () => {
    const { cache, password, at } = await setup();
    at(new Date(signedInAt.getTime() + 29 * DAY));
    const promoted: PlatformUser = { ...wang, role: 'supervisor' };
    await cache.rememberOnlineSignIn('新密码-2', promoted);
    at(new Date(signedInAt.getTime() + 58 * DAY));
    expect(await cache.verifyOffline('wang.li', '新密码-2')).toMatchObject({
      ok: true,
      value: { user: promoted },
    });
    expect(await cache.verifyOffline('wang.li', password)).toMatchObject({
      error: { details: { reason: 'wrong-password' } },
    });
  });

  it('tolerates a little clock drift but not a clock set back before the online sign-in', async () => {
    const { cache, password, at } = await setup();
    at(new Date(signedInAt.getTime() - CLOCK_SKEW_TOLERANCE_MS));
    expect((await cache.verifyOffline('wang.li', password)).ok).toBe(true);
    at(new Date(signedInAt.getTime() - CLOCK_SKEW_TOLERANCE_MS - 1));
    expect(await cache.verifyOffline('wang.li', password)).toMatchObject({
      error: { details: { reason: 'expired' } },
    });
  });

  it(`suspends offline sign-in after ${MAX_OFFLINE_FAILURES} wrong passwords in a row, until an online sign-in`, async () => {
    const { cache, store, password } = await setup();
    for (let attempt = 1; attempt <= MAX_OFFLINE_FAILURES; attempt += 1) {
      expect(await cache.verifyOffline('wang.li', 'guess')).toMatchObject({
        error: { details: { reason: 'wrong-password' } },
      });
    }
    expect(store.rows.get('wang.li')?.failedAttempts).toBe(MAX_OFFLINE_FAILURES);
    // Now even the right password is refused, without saying whether it was right.
    expect(await cache.verifyOffline('wang.li', password)).toMatchObject({
      error: { message: offlineSignInMessages.tooManyFailures, details: { reason: 'too-many-failures' } },
    });
    await cache.rememberOnlineSignIn(password, wang);
    expect((await cache.verifyOffline('wang.li', password)).ok).toBe(true);
  });

  it('a success resets the count of wrong passwords', async () => {
    const { cache, store, password } = await setup();
    for (let attempt = 1; attempt < MAX_OFFLINE_FAILURES; attempt += 1)
      await cache.verifyOffline('wang.li', 'guess');
    expect((await cache.verifyOffline('wang.li', password)).ok).toBe(true);
    expect(store.rows.get('wang.li')?.failedAttempts).toBe(0);
    expect(await cache.verifyOffline('wang.li', 'guess')).toMatchObject({
      error: { details: { reason: 'wrong-password' } },
    });
  });

  it('forgets a user the platform refused: the old password stops working offline', async () => {
    const { cache, password } = await setup();
    cache.forget('wang.li');
    expect(await cache.verifyOffline('wang.li', password)).toMatchObject({
      error: { details: { reason: 'unknown-user' } },
    });
  });

  it('treats a damaged row as no row, and a damaged hash or date as a refusal, never a throw', async () => {
    const { cache, store, password } = await setup();
    const row = store.rows.get('wang.li');
    if (row === undefined) throw new Error('no row');
    store.put({ ...row, user: { ...wang, role: 'root' } as unknown as PlatformUser });
    expect(await cache.verifyOffline('wang.li', password)).toMatchObject({
      error: { details: { reason: 'unknown-user' } },
    });
    store.put({ ...row, passwordHash: 'scrypt$abc$8$1$c2FsdA$aGFzaA' });
    expect(await cache.verifyOffline('wang.li', password)).toMatchObject({
      error: { details: { reason: 'wrong-password' } },
    });
    store.put({ ...row, cachedAt: 'not a date' });
    expect(await cache.verifyOffline('wang.li', password)).toMatchObject({
      error: { details: { reason: 'expired' } },
    });
  });

  it('refuses to cache a user record that is not the platform’s shape', async () => {
    const store = memoryStore();
    const cache = createCredentialCache(store);
    await expect(
      cache.rememberOnlineSignIn('pw', { ...wang, role: 'root' } as unknown as PlatformUser),
    ).rejects.toThrow();
    expect(store.rows.size).toBe(0);
  });
});
