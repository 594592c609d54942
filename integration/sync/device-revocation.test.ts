import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { platformRoutes } from '../../shared/platform-api/api';
import { addUser } from '../../platform/access/accounts';
import { rotateDeviceTokenCli } from '../../platform/access/device-cli';
import { getMeta } from '../../electron/core/app/meta.repo';
import { openTempCore } from '../../electron/core/testing/temp-core';
import { outboxCounts } from '../../electron/core/sync/outbox.repo';
import { FAST_RETRY, enrolAndSync, openTempPlatform } from '../testing/platform-fixture';

// A real client against a real platform on loopback: the platform revokes a PC, or rotates its token.
let platform: Awaited<ReturnType<typeof openTempPlatform>>;
let core: ReturnType<typeof openTempCore>;

beforeEach(async () => {
  platform = await openTempPlatform();
  core = openTempCore({
    clock: { now: new Date() },
    syncOptions: { retry: FAST_RETRY, timeoutMs: 3000 },
  });
  await enrolAndSync(core, platform.current(), '叶县政务服务中心 2 号窗口');
});
afterEach(async () => {
  core.dispose();
  await platform.dispose();
});

const tokenOf = (): string => getMeta(core.db, 'device_token') ?? '';
const deviceIdOf = (): string => getMeta(core.db, 'device_id') ?? '';

const askAsDevice = (token: string): Promise<Response> =>
  fetch(`${platform.current().url}${platformRoutes.deviceSelf}`, {
    headers: { authorization: `Bearer ${token}` },
  });

const checkAtWindow = async (caseNumber: string): Promise<void> => {
  const result = await core.handlers['check:run']({
    context: { caseNumber, matterCode: 'PDS-CG-001' },
    applicant: { by: 'identifier', raw: '91410402613341561G' },
  });
  if (!result.ok) throw new Error(result.error.message);
};

/** Every byte of every file in the data folder (the cache, its WAL, attachments). */
const dataFolderBytes = (dir: string): Buffer =>
  Buffer.concat(
    readdirSync(dir, { recursive: true })
      .map((name) => join(dir, String(name)))
      .filter((path) => statSync(path).isFile())
      .map((path) => readFileSync(path)),
  );

describe('a PC the platform revoked', () => {
  it('stops syncing, says why in Chinese, keeps its unsent work, and its token is refused', async () => {
    await addUser(platform.current().db, { username: 'guanli', password: 'admin-secret-1', role: 'admin' });
    const revoked = await fetch(`${platform.current().url}${platformRoutes.devices}/${deviceIdOf()}/revoke`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from('guanli:admin-secret-1').toString('base64')}` },
    });
    expect(revoked.status).toBe(200);
    expect(await revoked.json()).toMatchObject({
      deviceId: deviceIdOf(),
      revokedAt: expect.any(String) as unknown,
    });

    await checkAtWindow('REVOKE-1');
    const pending = outboxCounts(core.db).pending;
    expect(pending).toBeGreaterThan(0);

    const sync = await core.sync.run();
    expect(sync.ok ? 'synced' : sync.error.details).toEqual({ code: 'DEVICE_REVOKED' });
    const status = core.sync.status();
    expect(status.lastError?.message).toMatch(/^本机已被市平台停用/);
    // Nothing sent, nothing dropped (the revocation's own audit entry waits with the rest).
    expect(outboxCounts(core.db).pending).toBe(pending + 1);
    expect((await askAsDevice(tokenOf())).status).toBe(403);

    // It does not knock again: the next sync stops at once, with the same words.
    const again = await core.sync.run();
    expect(again.ok ? 'synced' : again.error.message).toMatch(/^本机已被市平台停用/);
    const audit = core.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'sync.device-revoked'");
    expect(audit.pluck().get()).toBe(1);
  });

  it('an administrator’s revocation needs an administrator', async () => {
    const anonymous = await fetch(
      `${platform.current().url}${platformRoutes.devices}/${deviceIdOf()}/revoke`,
      {
        method: 'POST',
      },
    );
    expect(anonymous.status).toBe(401);
    const asDevice = await fetch(
      `${platform.current().url}${platformRoutes.devices}/${deviceIdOf()}/revoke`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${tokenOf()}` },
      },
    );
    expect(asDevice.status).toBe(401);
    expect((await core.sync.run()).ok).toBe(true);
  });
});

describe('a token the platform rotates', () => {
  it('reaches the PC at its next sync; the old token is refused once the new one is used', async () => {
    const old = tokenOf();
    const asked = rotateDeviceTokenCli(platform.current().db, deviceIdOf(), new Date());
    expect(asked.exitCode).toBe(0);

    await checkAtWindow('ROTATE-1');
    const sync = await core.sync.run();
    if (!sync.ok) throw new Error(sync.error.message);
    expect(sync.value.pushed).toBeGreaterThan(0);
    const rotated = tokenOf();
    expect(rotated).not.toBe(old);
    expect((await askAsDevice(old)).status).toBe(401);
    expect((await askAsDevice(rotated)).status).toBe(200);
    expect((await core.sync.run()).ok).toBe(true);
    expect(
      core.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'sync.token-rotated'").pluck().get(),
    ).toBe(1);
    // Kept in the encrypted cache only: in no file of the data folder in clear.
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(dataFolderBytes(core.dataDir).includes(rotated)).toBe(false);
  });

  it('a new token whose answer was lost is never needed: the old one still works and fetches another', async () => {
    const old = tokenOf();
    rotateDeviceTokenCli(platform.current().db, deviceIdOf(), new Date());
    const lost = await fetch(`${platform.current().url}${platformRoutes.deviceToken}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${old}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(lost.status).toBe(200);
    const { deviceToken: lostToken } = (await lost.json()) as { deviceToken: string };

    expect((await core.sync.run()).ok).toBe(true);
    const rotated = tokenOf();
    expect([old, lostToken]).not.toContain(rotated);
    expect((await askAsDevice(lostToken)).status).toBe(401);
    expect((await askAsDevice(old)).status).toBe(401);
    expect((await askAsDevice(rotated)).status).toBe(200);
  });
});
