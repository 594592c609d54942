import { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { platformAt, type PlatformTarget } from '../../shared/domain/deployment';
import { dispatch } from '../../electron/core/ipc/dispatch';
import { createPlatformClient, PlatformRequestError } from '../../electron/core/sync/platform-client';
import { outboxCounts } from '../../electron/core/sync/outbox.repo';
import { writePlatformTarget } from '../../electron/core/sync/platform-target';
import { setMeta } from '../../electron/core/app/meta.repo';
import { appendAudit } from '../../electron/core/audit/audit.repo';
import { openTempCore } from '../../electron/core/testing/temp-core';
import { FAST_RETRY, openTempPlatform } from '../testing/platform-fixture';
import { makeDevCertificates, startRoguePlatform, type DevCertificates } from '../testing/tls-fixture';

// Issue 12, findings 2 and 5: a PC enrols only at the platform its deployment configuration names, and talks to
// it only once TLS has proven it is that platform (the city's CA, and the key pin when one is given). A real
// client core against the real reference platform over HTTPS on loopback, and a rogue platform that accepts
// anything and records every request: whatever is refused must have sent it nothing.

const ADMIN = {
  username: 'zhangwei',
  password: '市平台-管理员-1',
  role: 'admin',
  displayName: '张伟',
} as const;

let city: DevCertificates;
let rogue: DevCertificates;
beforeAll(() => {
  // Two runs of `npm run dev:cert`: the city's CA, and an intruder's CA with its own certificate for 127.0.0.1.
  city = makeDevCertificates();
  rogue = makeDevCertificates();
});
afterAll(() => {
  city.remove();
  rogue.remove();
});

/** The city's deployment file, pointed at where the platform listens in this test. */
const cityTarget = (url: string, pins = city.target.pins): PlatformTarget => ({ ...city.target, url, pins });

const newPc = (platform: PlatformTarget) =>
  openTempCore({
    platform,
    withDemo: false,
    signedInAs: null,
    syncOptions: { timeoutMs: 5_000, retry: FAST_RETRY },
  });

/** A local write that must reach the platform: an audit entry (it travels in the outbox). */
const writeAuditEntry = (pc: ReturnType<typeof openTempCore>): void => {
  pc.db.transaction(() =>
    appendAudit(pc.db, {
      at: '2026-11-27T10:00:00+08:00',
      actor: '王丽',
      action: 'settings.update',
      targetType: 'settings',
      targetId: 'local',
      caseNumber: null,
      purpose: null,
      detail: {},
    }),
  )();
};

const enrolAtSignIn = (core: ReturnType<typeof newPc>, code: string, extra: Record<string, unknown> = {}) =>
  dispatch(core.handlers, 'auth:enrol', { code, deviceName: '叶县政务服务中心 1 号窗口', ...extra });

describe('the platform over HTTPS with the city CA from the deployment configuration', () => {
  it('enrols, signs in online and syncs when the CA and the pin are the configured ones', async () => {
    const platform = await openTempPlatform(true, { cert: city.cert, key: city.key });
    const pc = newPc(cityTarget(platform.current().url));
    try {
      expect(platform.current().url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      await platform.current().addUser(ADMIN);
      expect(await enrolAtSignIn(pc, platform.current().issueCode())).toMatchObject({
        ok: true,
        value: { device: { enrolled: true, configuredPlatformUrl: platform.current().url } },
      });
      const signedIn = await dispatch(pc.handlers, 'auth:sign-in', {
        username: ADMIN.username,
        password: ADMIN.password,
      });
      expect(signedIn).toMatchObject({ ok: true, value: { session: { how: 'online' } } });
      // The enrolment started the first sync; the next one sends the sign-in's audit entry too.
      expect((await pc.sync.run()).ok).toBe(true);
      expect((await pc.sync.run()).ok).toBe(true);
      expect(pc.sync.status()).toMatchObject({ behind: 0, lastError: null });
      expect(pc.sync.status().cursor).toBeGreaterThan(0);
      expect(outboxCounts(pc.db).pending).toBe(0);
      expect((await dispatch(pc.handlers, 'auth:status', {})).ok).toBe(true);
    } finally {
      pc.dispose();
      await platform.dispose();
    }
  }, 60_000);

  it('refuses a platform whose certificate another CA signed, before sending it anything', async () => {
    const fake = await startRoguePlatform({ cert: rogue.cert, key: rogue.key });
    const pc = newPc(cityTarget(fake.url, []));
    try {
      const refused = await enrolAtSignIn(pc, 'ANY-CODE-1');
      expect(refused).toMatchObject({
        ok: false,
        error: { code: 'SYNC_ENROL_FAILED', details: { code: 'PLATFORM_UNTRUSTED' } },
      });
      if (!refused.ok) expect(refused.error.message).toContain('市 CA');
      expect(pc.sync.status().enrolled).toBe(false);
      expect((await dispatch(pc.handlers, 'app:info', {})).ok).toBe(true);
      expect(fake.requests).toEqual([]);
    } finally {
      pc.dispose();
      await fake.close();
    }
  });

  it('refuses a platform whose key is not the pinned one, even with a certificate from the city CA', async () => {
    // A certificate the city CA issued (here: the city's own) on a server whose key the configuration did not pin.
    const fake = await startRoguePlatform({ cert: city.cert, key: city.key });
    const pc = newPc(cityTarget(fake.url, rogue.target.pins));
    try {
      expect(await enrolAtSignIn(pc, 'ANY-CODE-1')).toMatchObject({
        ok: false,
        error: { code: 'SYNC_ENROL_FAILED', details: { code: 'PLATFORM_PIN_MISMATCH' } },
      });
      expect(fake.requests).toEqual([]);
    } finally {
      pc.dispose();
      await fake.close();
    }
  });

  it('the same rogue platform, were its CA the configured one, would get the code: the recording works', async () => {
    const fake = await startRoguePlatform({ cert: rogue.cert, key: rogue.key });
    const pc = newPc({ ...rogue.target, url: fake.url });
    try {
      expect((await enrolAtSignIn(pc, 'ANY-CODE-1')).ok).toBe(true);
      expect(fake.requests.map((request) => request.body).join('')).toContain('ANY-CODE-1');
    } finally {
      pc.dispose();
      await fake.close();
    }
  });

  it('refuses plain http to an address off this PC before connecting', async () => {
    const client = createPlatformClient({ target: platformAt('http://10.0.0.1:8420'), timeoutMs: 60_000 });
    // Every TCP connection of this process goes through Socket#connect: none is opened.
    const connect = vi.spyOn(Socket.prototype, 'connect');
    const refused = await client.enrol('ANY-CODE-1', '窗口').catch((error: unknown) => error);
    expect(connect).not.toHaveBeenCalled();
    connect.mockRestore();
    expect(refused).toBeInstanceOf(PlatformRequestError);
    expect(refused).toMatchObject({ code: 'PLATFORM_INSECURE', retryable: false });
    expect((refused as Error).message).toContain('https://');

    // A PC enrolled long ago at such an address (its cache says so) stops sending there, its outbox kept.
    const pc = openTempCore({ withDemo: false, syncOptions: { timeoutMs: 60_000, retry: FAST_RETRY } });
    try {
      pc.db.transaction(() => {
        writePlatformTarget(pc.db, platformAt('http://10.0.0.1:8420'));
        setMeta(pc.db, 'device_id', 'd-1');
        setMeta(pc.db, 'device_token', 'old-token');
      })();
      writeAuditEntry(pc);
      const pending = outboxCounts(pc.db).pending;
      expect(pending).toBeGreaterThan(0);
      expect(await pc.sync.run()).toMatchObject({
        ok: false,
        error: { details: { code: 'PLATFORM_INSECURE' } },
      });
      expect(outboxCounts(pc.db).pending).toBe(pending);
    } finally {
      pc.dispose();
    }
  });
});

describe('the rogue-platform attack of issue 12, performed end to end', () => {
  it('an intruder at the sign-in screen of a PC not yet enrolled cannot hand it to a rogue platform', async () => {
    const platform = await openTempPlatform(false, { cert: city.cert, key: city.key });
    const fake = await startRoguePlatform({ cert: rogue.cert, key: rogue.key });
    const pc = newPc(cityTarget(platform.current().url));
    try {
      // 1. The old way: name the rogue platform in the enrolment request. The channel has no such field.
      const named = await enrolAtSignIn(pc, 'ANY-CODE-1', { platformUrl: fake.url });
      expect(named).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
      // 2. Any code and any password, as the rogue platform would accept: no enrolment, nobody signed in.
      expect((await enrolAtSignIn(pc, 'ANY-CODE-1')).ok).toBe(false);
      expect(
        await dispatch(pc.handlers, 'auth:sign-in', { username: 'admin', password: 'anything' }),
      ).toMatchObject({ ok: false });
      expect(await dispatch(pc.handlers, 'auth:status', {})).toMatchObject({
        ok: true,
        value: { session: null, device: { enrolled: false } },
      });

      // 3. The intruder takes over the configured address (ARP or DNS spoofing): the rogue answers there now.
      pc.sync.usePlatformUrl(fake.url);
      expect(await enrolAtSignIn(pc, 'ANY-CODE-1')).toMatchObject({
        ok: false,
        error: { details: { code: 'PLATFORM_UNTRUSTED' } },
      });
      expect(
        await dispatch(pc.handlers, 'auth:sign-in', { username: 'admin', password: 'anything' }),
      ).toMatchObject({ ok: false });
      expect(await dispatch(pc.handlers, 'auth:status', {})).toMatchObject({ value: { session: null } });
      expect(fake.requests).toEqual([]);
    } finally {
      pc.dispose();
      await fake.close();
      await platform.dispose();
    }
  }, 60_000);

  it('an enrolled PC whose platform address the rogue takes over sends it no password and no outbox', async () => {
    const platform = await openTempPlatform(false, { cert: city.cert, key: city.key });
    const fake = await startRoguePlatform({ cert: rogue.cert, key: rogue.key });
    const pc = newPc(cityTarget(platform.current().url));
    try {
      await platform.current().addUser(ADMIN);
      expect((await enrolAtSignIn(pc, platform.current().issueCode())).ok).toBe(true);
      expect((await pc.sync.run()).ok).toBe(true);
      const signIn = { username: ADMIN.username, password: ADMIN.password };
      expect(await dispatch(pc.handlers, 'auth:sign-in', signIn)).toMatchObject({
        value: { session: { how: 'online' } },
      });
      await dispatch(pc.handlers, 'auth:sign-out', {});
      writeAuditEntry(pc);
      const pending = outboxCounts(pc.db).pending;
      expect(pending).toBeGreaterThan(0);

      pc.sync.usePlatformUrl(fake.url);
      expect(await pc.sync.run()).toMatchObject({
        ok: false,
        error: { details: { code: 'PLATFORM_UNTRUSTED' } },
      });
      expect(outboxCounts(pc.db).pending).toBeGreaterThanOrEqual(pending);
      // The password is checked offline against the cache instead of being sent to the rogue.
      expect(await dispatch(pc.handlers, 'auth:sign-in', signIn)).toMatchObject({
        value: { session: { how: 'offline' } },
      });
      expect(await dispatch(pc.handlers, 'app:info', {})).toMatchObject({ ok: true });
      expect(fake.requests).toEqual([]);
    } finally {
      pc.dispose();
      await fake.close();
      await platform.dispose();
    }
  }, 60_000);
});
