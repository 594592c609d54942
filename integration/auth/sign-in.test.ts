import { platformAt } from '../../shared/domain/deployment';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../shared/contract/events';
import { loadDemoData } from '../../node-shared/resources';
import { auditFor } from '../../electron/core/audit/audit.repo';
import { dispatch } from '../../electron/core/ipc/dispatch';
import { openTempPlatform, enrolAndSync } from '../testing/platform-fixture';
import { openTempCore, RESOURCES_DIR } from '../../electron/core/testing/temp-core';

// Sign-in through the core's channels against the REAL reference platform on loopback: online first, the
// offline cache when the platform cannot be reached, a definite refusal forgetting the cached password, the
// 30-day expiry, and the inactivity lock on a fake monotonic clock.

const WANG = { username: 'wangli', password: '窗口-密码-1', role: 'clerk', displayName: '王丽' } as const;
const DAY_MS = 24 * 3_600_000;

type Setup = {
  platform: Awaited<ReturnType<typeof openTempPlatform>>;
  core: ReturnType<typeof openTempCore>;
  events: AppEvent[];
  tick: (ms: number) => void;
};

async function setup(): Promise<Setup> {
  const platform = await openTempPlatform(false);
  await platform.current().addUser(WANG);
  let monotonic = 1_000;
  const core = openTempCore({
    platform: platformAt(platform.current().url),
    withDemo: false,
    signedInAs: null,
    monotonic: () => monotonic,
    syncOptions: { timeoutMs: 2_000 },
  });
  await enrolAndSync(core, platform.current(), '测试窗口');
  const events: AppEvent[] = [];
  core.events.subscribe((event) => events.push(event));
  return { platform, core, events, tick: (ms) => (monotonic += ms) };
}

const signIn = (core: Setup['core'], username: string, password: string) =>
  dispatch(core.handlers, 'auth:sign-in', { username, password });

describe('sign-in', () => {
  let s: Setup;
  beforeEach(async () => {
    s = await setup();
  });
  afterEach(async () => {
    s.core.dispose();
    await s.platform.dispose();
  });

  it('signs in online at the platform, then offline with the same password once it is gone', async () => {
    expect(await signIn(s.core, WANG.username, WANG.password)).toMatchObject({
      ok: true,
      value: { session: { user: { username: 'wangli', role: 'clerk' }, how: 'online', locked: false } },
    });
    // The cache holds a scrypt hash, never the password.
    const row = s.core.db.prepare('SELECT * FROM credentials').get() as Record<string, unknown>;
    expect(String(row.password_hash)).toMatch(/^scrypt\$/);
    expect(JSON.stringify(row)).not.toContain(WANG.password);
    await dispatch(s.core.handlers, 'auth:sign-out', {});

    await s.platform.stop();
    expect(await signIn(s.core, WANG.username, WANG.password)).toMatchObject({
      ok: true,
      value: { session: { user: { username: 'wangli' }, how: 'offline' } },
    });
    expect(s.events).toContainEqual(expect.objectContaining({ type: 'session' }));
    const actions = auditFor(s.core.db, 'user', 'wangli').map((entry) => [entry.action, entry.detail.how]);
    expect(actions).toEqual([
      ['auth.sign-in', 'online'],
      ['auth.sign-out', undefined],
      ['auth.sign-in', 'offline'],
    ]);
  });

  it('records who did it: the signed-in user is the operator of a check', async () => {
    await signIn(s.core, WANG.username, WANG.password);
    const subject = loadDemoData(RESOURCES_DIR).subjects[0];
    const matter = (await dispatch(s.core.handlers, 'catalogue:get', {})) as {
      ok: true;
      value: { matters: { code: string }[] };
    };
    const checked = await dispatch(s.core.handlers, 'check:run', {
      context: { caseNumber: 'YX-2026-0001', matterCode: matter.value.matters[0]?.code ?? '' },
      applicant: { by: 'identifier', raw: subject?.identifier ?? '' },
    });
    expect(checked).toMatchObject({ ok: true, value: { operator: '王丽（wangli）' } });
  });

  it('refuses a wrong password online and offline, recording the attempt without the password', async () => {
    expect(await signIn(s.core, WANG.username, 'wrong-1')).toMatchObject({
      ok: false,
      error: { code: 'SIGN_IN_FAILED', message: '用户名或密码错误' },
    });
    await signIn(s.core, WANG.username, WANG.password);
    await dispatch(s.core.handlers, 'auth:sign-out', {});
    await s.platform.stop();
    expect(await signIn(s.core, WANG.username, 'wrong-2')).toMatchObject({
      ok: false,
      error: { code: 'SIGN_IN_FAILED', message: '用户名或密码错误', details: { reason: 'wrong-password' } },
    });
    expect(s.core.session.status()).toBeNull();
    const failed = auditFor(s.core.db, 'user', 'wangli').filter((e) => e.action === 'auth.sign-in-failed');
    expect(failed.map((entry) => entry.detail)).toEqual([
      { username: 'wangli', reason: 'platform-refused', how: 'online' },
      { username: 'wangli', reason: 'wrong-password', how: 'offline' },
    ]);
    expect(JSON.stringify(failed)).not.toMatch(/wrong-[12]|窗口-密码/);
  });

  it('forgets the cached password when the platform refuses it (changed or removed there)', async () => {
    await signIn(s.core, WANG.username, WANG.password);
    await dispatch(s.core.handlers, 'auth:sign-out', {});
    await s.platform.current().addUser({ ...WANG, password: '新密码-2026' });
    expect((await signIn(s.core, WANG.username, WANG.password)).ok).toBe(false);
    await s.platform.stop();
    // The old password no longer works offline either.
    expect(await signIn(s.core, WANG.username, WANG.password)).toMatchObject({
      ok: false,
      error: { details: { reason: 'unknown-user' } },
    });
  });

  it(
    'obeys the platform’s lockout: the right password is refused online and the offline cache is not asked',
    { timeout: 60_000 },
    async () => {
      // The password is cached here from an earlier sign-in: the offline path would accept it.
      await signIn(s.core, WANG.username, WANG.password);
      await dispatch(s.core.handlers, 'auth:sign-out', {});
      for (let attempt = 1; attempt <= 5; attempt += 1)
        await signIn(s.core, WANG.username, `wrong-${attempt}`);
      const locked = await signIn(s.core, WANG.username, WANG.password);
      expect(locked).toMatchObject({
        ok: false,
        error: { code: 'SIGN_IN_FAILED', details: { reason: 'platform-locked' } },
      });
      expect(locked.ok ? '' : locked.error.message).toMatch(
        /^市平台登录失败次数过多，已暂时锁定：请 \d+ 分钟后再试$/,
      );
      expect(s.core.session.status()).toBeNull();
      const failed = auditFor(s.core.db, 'user', 'wangli').filter((e) => e.action === 'auth.sign-in-failed');
      expect(failed.at(-1)?.detail).toEqual({ username: 'wangli', reason: 'platform-locked', how: 'online' });
    },
  );

  it('tells the user of a PC that is not enrolled to enrol it, not to go online', async () => {
    const fresh = openTempCore({
      platform: platformAt(s.platform.current().url),
      withDemo: false,
      signedInAs: null,
    });
    try {
      expect(await signIn(fresh, WANG.username, WANG.password)).toMatchObject({
        ok: false,
        error: {
          code: 'SIGN_IN_FAILED',
          message: '本机尚未登记到市平台，无法联网登录：请先点击“登记本机”，由管理员提供登记码',
        },
      });
    } finally {
      fresh.dispose();
    }
  });

  it('tells a user never signed in here to go online, and asks again after 30 days offline', async () => {
    await s.platform.stop();
    expect(await signIn(s.core, WANG.username, WANG.password)).toMatchObject({
      ok: false,
      error: { message: '本机没有该用户的登录记录，请联网登录一次' },
    });
    // A restarted platform listens on a new port.
    s.core.sync.usePlatformUrl((await s.platform.restart()).url);
    await signIn(s.core, WANG.username, WANG.password);
    await dispatch(s.core.handlers, 'auth:sign-out', {});
    await s.platform.stop();
    s.core.clock.now = new Date(s.core.clock.now.getTime() + 31 * DAY_MS);
    expect(await signIn(s.core, WANG.username, WANG.password)).toMatchObject({
      ok: false,
      error: { details: { reason: 'expired' } },
    });
  });

  it('locks after the period without activity, refuses calls, and unlocks with the same user’s password', async () => {
    await signIn(s.core, WANG.username, WANG.password);
    s.tick(14 * 60_000);
    // Activity (any allowed call) postpones the lock.
    expect((await dispatch(s.core.handlers, 'auth:touch', {})).ok).toBe(true);
    s.tick(14 * 60_000);
    expect((await dispatch(s.core.handlers, 'check:list', {})).ok).toBe(true);
    s.tick(15 * 60_000);
    expect(await dispatch(s.core.handlers, 'check:list', {})).toMatchObject({
      ok: false,
      error: { code: 'SIGN_IN_REQUIRED' },
    });
    const lockEvent = [...s.events].reverse().find((event) => event.type === 'session');
    expect(lockEvent).toMatchObject({ session: { locked: true, user: { username: 'wangli' } } });
    // Touching does not reopen a locked session; a wrong password does not either.
    expect(await dispatch(s.core.handlers, 'auth:touch', {})).toMatchObject({ ok: false });
    // Only the password is asked there: the message does not blame a username.
    expect(await dispatch(s.core.handlers, 'auth:unlock', { password: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'SIGN_IN_FAILED', message: '密码错误，请重新输入' },
    });
    expect(await dispatch(s.core.handlers, 'auth:unlock', { password: WANG.password })).toMatchObject({
      ok: true,
      value: { session: { locked: false, how: 'online' } },
    });
    expect((await dispatch(s.core.handlers, 'check:list', {})).ok).toBe(true);
    const actions = auditFor(s.core.db, 'user', 'wangli').map((entry) => entry.action);
    expect(actions).toEqual(['auth.sign-in', 'auth.lock', 'auth.unlock-failed', 'auth.unlock']);
  });

  it('takes the lock period from the settings (the administrator’s)', async () => {
    await signIn(s.core, WANG.username, WANG.password);
    // A clerk may not change it…
    expect(await dispatch(s.core.handlers, 'settings:update', { lockAfterMinutes: 1 })).toMatchObject({
      error: { code: 'ROLE_FORBIDDEN' },
    });
    s.core.session.end();
    s.core.session.begin({ ...WANG, department: '', districtCode: '410400', role: 'admin' }, 'offline');
    expect((await dispatch(s.core.handlers, 'settings:update', { lockAfterMinutes: 1 })).ok).toBe(true);
    s.tick(60_000);
    expect(s.core.session.status()).toMatchObject({ locked: true, lockAfterMs: 60_000 });
  });
});
