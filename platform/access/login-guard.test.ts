import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlatformError, platformRoutes } from '../../shared/platform-api/api';
import { startTempPlatform, type TempPlatform } from '../testing/temp-platform';
import { listLockoutsCli, unlockCli } from './lockouts-cli';
import { LOGIN_POLICY } from './login-policy';

// Finding 7: logins could be guessed at full speed, and a flood of bad Basic credentials queued real logins.
let clock: Date;
let platform: TempPlatform;
let device: Awaited<ReturnType<TempPlatform['enrol']>>;
beforeEach(async () => {
  clock = new Date('2026-11-27T02:00:00Z');
  platform = await startTempPlatform({ now: () => clock });
  await platform.addUser({ username: 'wang', password: 'right-password', role: 'supervisor' });
  device = await platform.enrol();
});
afterEach(() => platform.dispose());

const login = (username: string, password: string): Promise<Response> =>
  fetch(`${platform.url}${platformRoutes.login}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...device.headers },
    body: JSON.stringify({ username, password }),
  });

const basic = (username: string, password: string): Promise<Response> =>
  fetch(`${platform.url}${platformRoutes.repairs}`, {
    headers: { authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` },
  });

const lockouts = (): { scope: string; subject: string; failures: number }[] =>
  platform.db.prepare('SELECT scope, subject, failures FROM login_lockouts ORDER BY id').all() as {
    scope: string;
    subject: string;
    failures: number;
  }[];

// The flood test measures two attacks of 48 requests each: slow on a loaded machine.
describe('failed logins', { timeout: 60_000 }, () => {
  it('lock a username after 5 failures: 200 guesses get 4 answers, the rest 429 with Retry-After, recorded', async () => {
    const statuses: number[] = [];
    let lastRefusal: Response | null = null;
    for (let guess = 0; guess < 200; guess += 1) {
      const response = await login('wang', `guess-${guess}`);
      statuses.push(response.status);
      if (response.status === 429) lastRefusal = response;
      else await response.body?.cancel();
    }
    expect(statuses.slice(0, LOGIN_POLICY.userFailures - 1)).toEqual([401, 401, 401, 401]);
    expect(statuses.slice(LOGIN_POLICY.userFailures - 1).every((status) => status === 429)).toBe(true);
    expect(Number(lastRefusal?.headers.get('retry-after'))).toBe(LOGIN_POLICY.lockMs / 1000);
    expect(PlatformError.parse(await lastRefusal?.json())).toEqual({
      code: 'LOGIN_LOCKED',
      message: '登录失败次数过多，已暂时锁定：请 15 分钟后再试',
    });

    // The right password during the lock is refused too, without a word about whether it was right.
    const right = await login('wang', 'right-password');
    expect(right.status).toBe(429);
    expect((await basic('wang', 'right-password')).status).toBe(429);

    // Recorded for the operators, once.
    expect(lockouts()).toEqual([{ scope: 'user', subject: 'wang', failures: 5 }]);
    expect(listLockoutsCli(platform.db, clock)).toMatch(
      /2026-11-27 10:00\s+用户名 wang\s+失败 5 次\s+锁定至 2026-11-27 10:15\s+锁定中/,
    );

    // When the lock has run out, the right password signs in.
    clock = new Date(clock.getTime() + LOGIN_POLICY.lockMs + 1000);
    expect((await login('wang', 'right-password')).status).toBe(200);
  });

  it('lock an address after 20 failures across usernames; an administrator can lift a lock early', async () => {
    for (let guess = 0; guess < LOGIN_POLICY.addressFailures; guess += 1)
      await (await login(`user-${guess}`, 'guess')).body?.cancel();
    const refused = await login('wang', 'right-password');
    expect(refused.status).toBe(429);
    expect(lockouts()).toContainEqual({ scope: 'address', subject: '127.0.0.1', failures: 20 });

    expect(() => unlockCli(platform.db, '127.0.0.1', undefined, clock)).toThrow('--by');
    expect(unlockCli(platform.db, '127.0.0.1', 'admin', clock)).toBe('已解除 127.0.0.1 的登录锁定（1 条）');
    expect((await login('wang', 'right-password')).status).toBe(200);
    expect(listLockoutsCli(platform.db, clock)).toContain('已由 admin 于 2026-11-27 10:00 解除');
  });

  it('do not let a flood of bad Basic credentials starve a real login (measured against no gate)', async () => {
    const FLOOD = 48;
    /** 48 bad Basic requests at once, and a real sign-in right behind them: how long the sign-in took. */
    const attack = async (target: TempPlatform, headers: Record<string, string>) => {
      const flood = Array.from({ length: FLOOD }, (_, index) =>
        fetch(`${target.url}${platformRoutes.repairs}`, {
          headers: { authorization: `Basic ${Buffer.from(`nobody-${index}:guess`).toString('base64')}` },
        }),
      );
      const started = performance.now();
      const real = await fetch(`${target.url}${platformRoutes.login}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ username: 'wang', password: 'right-password' }),
      });
      await real.body?.cancel();
      const ms = performance.now() - started;
      const answers = await Promise.all(flood);
      const codes = await Promise.all(
        answers.map(async (answer) => ((await answer.json()) as { code: string }).code),
      );
      return { status: real.status, ms, answers, codes };
    };

    // The same attack on a platform whose gate and lockouts are opened wide: the login queued behind the flood.
    const open = await startTempPlatform({
      loginPolicy: {
        ...LOGIN_POLICY,
        concurrentHashes: 1_000,
        queuedHashes: 1_000,
        hashesPerCaller: 1_000,
        userFailures: 1_000,
        addressFailures: 1_000,
      },
    });
    let ungated: number;
    try {
      await open.addUser({ username: 'wang', password: 'right-password', role: 'supervisor' });
      const ungatedAttack = await attack(open, (await open.enrol()).headers);
      expect(ungatedAttack.status).toBe(200);
      ungated = ungatedAttack.ms;
    } finally {
      await open.dispose();
    }

    const gated = await attack(platform, device.headers);
    expect(gated.status).toBe(200);
    // Measured on a loaded 2-core machine: about 1.5 s gated against 8.4 s open (64 requests). The bound: at most half.
    expect(gated.ms).toBeLessThan(ungated / 2);
    // The flood's source got its share (2 checks at a time) and an immediate 429 for most, with Retry-After.
    const busy = gated.answers.filter((answer) => answer.status === 429);
    expect(busy.length).toBeGreaterThan(FLOOD / 2);
    expect(busy.every((answer) => answer.headers.get('retry-after') === '1')).toBe(true);
    expect(new Set(gated.codes)).toEqual(new Set(['LOGIN_BUSY', 'LOGIN_FAILED']));
    // Refused unchecked, they are no failures: nothing was locked.
    expect(lockouts()).toEqual([]);
  });
});
