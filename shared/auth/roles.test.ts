import { describe, expect, it } from 'vitest';
import { channelNames, type Channel } from '../contract/channels';
import { roles, type Role } from '../platform-api/api';
import { channelActions, roleLabels } from './labels';
import { channelRoles, mayCall, refusal } from './roles';

const publicChannels = channelNames.filter((channel) => channelRoles[channel] === 'public');
const everyCall = channelNames.flatMap((channel) => [null, ...roles].map((role) => [channel, role] as const));

describe('channel roles', () => {
  it('gives every channel of the contract an entry and words for a refusal, and nothing else', () => {
    expect(Object.keys(channelRoles).sort()).toEqual([...channelNames].sort());
    expect(Object.keys(channelActions).sort()).toEqual([...channelNames].sort());
    for (const channel of channelNames) {
      const allowed = channelRoles[channel];
      if (allowed !== 'public') expect(allowed.length, channel).toBeGreaterThan(0);
      expect(channelActions[channel], channel).toMatch(/\p{Script=Han}/u);
    }
  });

  it('keeps public only what the sign-in screen needs', () => {
    expect(publicChannels.sort()).toEqual([
      'app:connectivity',
      'app:deployment',
      'app:info',
      'auth:enrol',
      'auth:sign-in',
      'auth:sign-out',
      'auth:status',
      'auth:unlock',
    ]);
  });

  it.each(publicChannels)('lets anyone call the public channel %s, signed in or not', (channel) => {
    expect(mayCall(null, channel)).toBe(true);
    for (const role of roles) expect(mayCall(role, channel)).toBe(true);
  });

  it.each(channelNames.filter((channel) => channelRoles[channel] !== 'public'))(
    'refuses %s to a caller who has not signed in (or whose session is locked)',
    (channel) => {
      expect(mayCall(null, channel)).toBe(false);
      expect(refusal(null, channel)).toEqual({ code: 'SIGN_IN_REQUIRED', message: '请先登录' });
    },
  );

  it.each(['settings:update', 'sync:enrol'] as const)('lets only an administrator call %s', (channel) => {
    expect(mayCall('admin', channel)).toBe(true);
    expect(mayCall('supervisor', channel)).toBe(false);
    expect(mayCall('clerk', channel)).toBe(false);
  });

  it('lets every signed-in role do the window work and sync', () => {
    const windowWork: Channel[] = [
      'catalogue:get',
      'subjects:search',
      'check:run',
      'check:feedback',
      'check:list',
      'check:get',
      'check:external-query',
      'reviews:list',
      'reviews:acknowledge',
      'commitments:prepare',
      'commitments:create',
      'commitments:verify',
      'commitments:list',
      'commitments:get',
      'repairs:candidates',
      'repairs:create',
      'repairs:step',
      'repairs:list',
      'repairs:get',
      'files:add',
      'files:get',
      'sync:status',
      'sync:run',
    ];
    for (const channel of windowWork)
      for (const role of roles) expect(mayCall(role, channel), channel).toBe(true);
  });

  it('gives an administrator every channel (nothing is out of reach of the role that configures the PC)', () => {
    for (const channel of channelNames) expect(mayCall('admin', channel), channel).toBe(true);
  });

  it('refuses a clerk the settings in Chinese, saying who may', () => {
    expect(refusal('clerk', 'settings:update')).toEqual({
      code: 'ROLE_FORBIDDEN',
      message: '无权修改本机设置（当前身份：窗口工作人员；须为：管理员）',
    });
    expect(refusal('supervisor', 'sync:enrol')?.message).toBe(
      '无权将本机登记到市平台（当前身份：督导人员；须为：管理员）',
    );
  });

  it.each(everyCall)('agrees with mayCall: %s for %s', (channel, role: Role | null) => {
    expect(refusal(role, channel) === null).toBe(mayCall(role, channel));
  });

  it('names every role in Chinese', () => {
    for (const role of roles) expect(roleLabels[role]).toMatch(/^\p{Script=Han}+$/u);
  });
});
