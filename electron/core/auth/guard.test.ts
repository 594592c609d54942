import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authMessages } from '../../../shared/auth/labels';
import { mayCall, refusal } from '../../../shared/auth/roles';
import { channelNames, type Channel } from '../../../shared/contract/channels';
import { roles, type Role } from '../../../shared/platform-api/api';
import { dispatch } from '../ipc/dispatch';
import { openTempCore } from '../testing/temp-core';
import { signInForTests } from './test-session';

// Role enforcement in the core: every channel of the contract, called through core.handlers (what both hosts
// bind) by every role, by nobody, and by a locked session. The guard decides before the handler looks at the
// request, so every call sends an empty one: a refused call gets exactly refusal(role, channel); an allowed one
// reaches its handler, which may answer anything (or throw on the empty request) but the guard's refusal.

type Caller = Role | 'signed-out' | 'locked';
const callers: readonly Caller[] = ['signed-out', 'locked', ...roles];

type Outcome = { ok: boolean; error?: { code: string; message: string } } | 'threw';

const call = async (handlers: Record<Channel, (request: unknown) => unknown>, channel: Channel) => {
  try {
    return (await handlers[channel]({})) as Outcome;
  } catch {
    return 'threw' as const;
  }
};

describe('every channel enforces its roles in the core', () => {
  let monotonic = 0;
  const core = openTempCore({ signedInAs: null, monotonic: () => monotonic });

  const become = (caller: Caller): Role | null => {
    core.session.end();
    if (caller === 'signed-out') return null;
    signInForTests(core, caller === 'locked' ? 'admin' : caller);
    if (caller === 'locked') monotonic += 15 * 60_000;
    return caller === 'locked' ? null : caller;
  };

  beforeAll(() => {
    expect(core.session.status()).toBeNull();
  });
  afterAll(() => core.dispose());

  it('covers every channel of the contract', () => {
    expect(Object.keys(core.handlers).sort()).toEqual([...channelNames].sort());
  });

  for (const caller of callers) {
    it(`as ${caller}`, { timeout: 60_000 }, async () => {
      for (const channel of channelNames) {
        const role = become(caller);
        const result = await call(core.handlers as never, channel);
        const refused = refusal(role, channel);
        if (refused !== null) {
          expect({ channel, result }).toEqual({ channel, result: { ok: false, error: refused } });
          expect(mayCall(role, channel)).toBe(false);
          continue;
        }
        // Allowed: whatever the handler answered, it is not the guard's refusal.
        const error = result === 'threw' || result.ok ? null : result.error;
        expect({ channel, code: error?.code }).not.toEqual({ channel, code: 'ROLE_FORBIDDEN' });
        expect({ channel, message: error?.message }).not.toEqual({
          channel,
          message: authMessages.signInRequired,
        });
      }
    });
  }

  it('refuses a clerk the administrator’s channels with the Chinese reason', async () => {
    become('clerk');
    expect(await dispatch(core.handlers, 'settings:update', { staleAfterHours: 1 })).toEqual({
      ok: false,
      error: {
        code: 'ROLE_FORBIDDEN',
        message: '无权修改本机设置（当前身份：窗口工作人员；须为：管理员）',
      },
    });
  });

  it('answers the public channels to nobody, and nothing else', async () => {
    become('signed-out');
    expect((await dispatch(core.handlers, 'app:info', {})).ok).toBe(true);
    expect(await dispatch(core.handlers, 'check:list', {})).toMatchObject({
      ok: false,
      error: { code: 'SIGN_IN_REQUIRED', message: '请先登录' },
    });
  });
});
