import type { PlatformUser, Role } from '../../../shared/platform-api/api';
import type { Core } from '../core';

/** One user per role, as the demo accounts are (resources/demo/demo-users.json). */
export const testUsers: Record<Role, PlatformUser> = {
  clerk: {
    username: 'wangfang',
    displayName: '王芳',
    role: 'clerk',
    department: '平顶山市行政审批和政务信息管理局（示例）',
    districtCode: '410400',
  },
  supervisor: {
    username: 'zhaomin',
    displayName: '赵敏',
    role: 'supervisor',
    department: '平顶山市行政审批和政务信息管理局（示例）',
    districtCode: '410400',
  },
  admin: {
    username: 'admin',
    displayName: '系统管理员',
    role: 'admin',
    department: '平顶山市行政审批和政务信息管理局（示例）',
    districtCode: '410400',
  },
};

/**
 * Test-only entry point (unit tests, benchmarks): a session as if `user` had signed in, without a password or an
 * audit entry. No host imports it and no channel reaches it; the hosts sign in only through auth:sign-in.
 */
export function signInForTests(core: Pick<Core, 'session'>, user: Role | PlatformUser): void {
  core.session.begin(typeof user === 'string' ? testUsers[user] : user, 'offline');
}
