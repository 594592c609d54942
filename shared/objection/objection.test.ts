import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HolidayCalendar } from '../calendar/calendar-schema';
import { objectionCountdown, objectionDeadline } from './deadlines';
import { ObjectionPolicy } from './policy';
import { isFinalObjectionState, isOpenObjection, transitionObjection } from './state-machine';

const read = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../resources/rules/${file}`, import.meta.url), 'utf8'));
const calendar = HolidayCalendar.parse(read('holiday-calendar.json'));
const policy = ObjectionPolicy.parse(read('objection-policy.json'));

describe('the objection procedure', () => {
  it('routes or refuses at the platform, decides after routing, withdraws at the window while open', () => {
    expect(transitionObjection('submitted', { type: 'route' }, 'platform-reviewer')).toEqual({
      ok: true,
      state: 'routed',
    });
    expect(
      transitionObjection('submitted', { type: 'reject', reason: '非本市信息' }, 'platform-reviewer'),
    ).toEqual({
      ok: true,
      state: 'rejected',
    });
    expect(transitionObjection('routed', { type: 'decide', reason: '维持' }, 'platform-reviewer')).toEqual({
      ok: true,
      state: 'decided',
    });
    expect(transitionObjection('routed', { type: 'withdraw', reason: '撤回' }, 'window-clerk')).toEqual({
      ok: true,
      state: 'withdrawn',
    });
  });

  it('refuses in Chinese: a step out of order, the wrong actor, no reason, a second extension', () => {
    expect(
      transitionObjection('withdrawn', { type: 'decide', reason: '删除' }, 'platform-reviewer'),
    ).toMatchObject({
      ok: false,
      code: 'ILLEGAL_TRANSITION',
      message: '当前状态为“已撤回”，不能执行“作出处理决定”。',
    });
    expect(transitionObjection('submitted', { type: 'route' }, 'window-clerk')).toMatchObject({
      code: 'ACTOR_NOT_ALLOWED',
    });
    expect(
      transitionObjection('submitted', { type: 'withdraw', reason: '  ' }, 'window-clerk'),
    ).toMatchObject({
      code: 'REASON_REQUIRED',
    });
    expect(
      transitionObjection('routed', { type: 'extend', reason: '核查' }, 'platform-reviewer', true),
    ).toMatchObject({
      code: 'ALREADY_EXTENDED',
    });
  });

  it('is open (marked 异议处理中) until decided, refused or withdrawn', () => {
    expect(['submitted', 'routed'].every((state) => isOpenObjection(state as 'submitted'))).toBe(true);
    for (const state of ['decided', 'rejected', 'withdrawn'] as const) {
      expect(isOpenObjection(state)).toBe(false);
      expect(isFinalObjectionState(state)).toBe(true);
    }
  });
});

describe('objection deadlines in working days (placeholders, unconfirmed)', () => {
  it('keeps every figure unconfirmed and does not suspend punishments by default', () => {
    expect([policy.routeLimit, policy.decideLimit, policy.extension].every((limit) => !limit.confirmed)).toBe(
      true,
    );
    expect(policy.suspendsPunishment.value).toBe(false);
    expect(policy.source).toContain('NOT CONFIRMED');
  });

  it('counts over a weekend: taken in on Friday 2026-11-27, routed by Wednesday 12-02', () => {
    const waiting = { state: 'submitted', stateEnteredOn: '2026-11-27', extended: false } as const;
    expect(objectionDeadline(calendar, policy, waiting)).toMatchObject({
      deadline: '2026-12-02',
      confirmed: false,
    });
    expect(objectionCountdown(calendar, policy, waiting, '2026-11-27')).toMatchObject({
      workingDaysLeft: 3,
      atRisk: false,
      uncertain: true,
    });
    expect(objectionCountdown(calendar, policy, waiting, '2026-11-30')).toMatchObject({
      workingDaysLeft: 2,
      atRisk: true,
    });
    expect(objectionCountdown(calendar, policy, waiting, '2026-12-03')).toMatchObject({
      overdue: true,
      atRisk: true,
    });
  });

  it('counts over 国庆 2025 (10-01…10-08 off, Saturday 10-11 worked), longer once extended', () => {
    expect(
      objectionDeadline(calendar, policy, {
        state: 'submitted',
        stateEnteredOn: '2025-09-30',
        extended: false,
      })?.deadline,
    ).toBe('2025-10-11');
    expect(
      objectionDeadline(calendar, policy, { state: 'routed', stateEnteredOn: '2025-09-30', extended: false })
        ?.deadline,
    ).toBe('2025-10-21');
    expect(
      objectionDeadline(calendar, policy, { state: 'routed', stateEnteredOn: '2025-09-30', extended: true }),
    ).toMatchObject({
      deadline: '2025-11-04',
      workingDays: 20,
    });
    expect(
      objectionDeadline(calendar, policy, {
        state: 'decided',
        stateEnteredOn: '2025-09-30',
        extended: false,
      }),
    ).toBeNull();
  });
});
