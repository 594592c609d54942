import type { Db } from '../../node-shared/db/connection';
import { roleLabels } from '../../shared/auth/labels';
import { channelRoles } from '../../shared/auth/roles';
import type { Channel } from '../../shared/contract/channels';
import type { EntryUser, Role } from '../../shared/platform-api/api';
import type { Device } from '../access/devices.repo';
import { findUserToken } from '../access/user-tokens';
import { findUser, type UserRecord } from '../access/users.repo';
import type { ItemOwner } from './item-owner';
import type { WorkflowKind } from './apply-workflow';

/**
 * Who may write a workflow item at the platform, as data. Checklist: docs/security.md (授权) describes these.
 * - roles: who may push each kind — the roles of the window's channel that makes it (shared/contract/channels),
 *   so the platform refuses what the window would.
 * - scope: whose items a device may step or verify. 'unit': only items whose 受理单位 is the device's unit (a
 *   county office verifies its own commitments, never another office's); 'district' would widen it to every
 *   item whose commitment code carries the device's district. A creation always names the device's own unit.
 * - the user who made the entry must work for the device's unit (users.unit_code = devices.unit_code).
 */
export const workflowWriteRules = {
  roles: {
    'commitment.created': 'commitments:create',
    'commitment.verified': 'commitments:verify',
    'repair.created': 'repairs:create',
    'repair.stepped': 'repairs:step',
    'objection.created': 'objections:create',
    'objection.stepped': 'objections:step',
  } satisfies Record<WorkflowKind, Channel>,
  scope: 'unit' as 'unit' | 'district',
};

const allowedRoles = (kind: WorkflowKind): readonly Role[] => {
  const roles = channelRoles[workflowWriteRules.roles[kind]];
  return roles === 'public' ? ['clerk', 'supervisor', 'admin'] : roles;
};

export type Refusal = { code: string; message: string };
const refuse = (code: string, message: string): { refused: Refusal } => ({ refused: { code, message } });

const SIGN_IN_AGAIN = '请办理人在本机联网登录后重新办理';

/**
 * The user the entry names, if their token is good: issued to that user on this very device, not expired, the
 * user active, holding a role allowed for the kind, and working for the device's unit.
 */
export function authenticateEntryUser(
  db: Db,
  device: Device,
  kind: WorkflowKind,
  entryUser: EntryUser | undefined,
  now: Date,
): { user: UserRecord } | { refused: Refusal } {
  if (device.unit === null)
    return refuse(
      'DEVICE_UNIT_UNKNOWN',
      '本机在市平台未登记所属单位，不能提交告知承诺和信用修复；请管理员用注明单位的登记码重新登记本机',
    );
  if (entryUser === undefined)
    return refuse('USER_TOKEN_MISSING', `该记录未附带办理人的登录凭据，市平台未接收；${SIGN_IN_AGAIN}`);
  const token = findUserToken(db, entryUser.token);
  if (token === null || token.username !== entryUser.username || token.deviceId !== device.id)
    return refuse(
      'USER_TOKEN_INVALID',
      `办理人 ${entryUser.username} 的登录凭据无效（不属于该用户或本机），市平台未接收；${SIGN_IN_AGAIN}`,
    );
  if (Date.parse(token.expiresAt) <= now.getTime())
    return refuse(
      'USER_TOKEN_EXPIRED',
      `办理人 ${entryUser.username} 的登录凭据已过期，市平台未接收；${SIGN_IN_AGAIN}`,
    );
  const user = findUser(db, entryUser.username);
  if (user === null || !user.active)
    return refuse('USER_INACTIVE', `办理人 ${entryUser.username} 的账号已停用，该记录未被市平台接收`);
  const roles = allowedRoles(kind);
  if (!roles.includes(user.role))
    return refuse(
      'ROLE_FORBIDDEN',
      `办理人 ${entryUser.username} 的角色（${roleLabels[user.role]}）无权办理此事项（须为${roles.map((role) => roleLabels[role]).join('或')}）`,
    );
  if (user.unitCode !== device.unit.code)
    return refuse(
      'USER_OUTSIDE_UNIT',
      `办理人 ${entryUser.username} 不属于本机所属单位（${device.unit.name}），该记录未被市平台接收`,
    );
  return { user };
}

/** Whether the item is the device's to write: a creation names the device's unit; a step, by workflowWriteRules.scope. */
export function ownershipRefusal(device: Device, owner: ItemOwner, creation: boolean): Refusal | null {
  const unit = device.unit;
  if (unit === null) return { code: 'DEVICE_UNIT_UNKNOWN', message: '本机在市平台未登记所属单位' };
  const sameUnit = owner.unitCode === null ? owner.unitName === unit.name : owner.unitCode === unit.code;
  const owned =
    creation || workflowWriteRules.scope === 'unit' ? sameUnit : owner.districtCode === unit.districtCode;
  if (owned) return null;
  return creation
    ? {
        code: 'ITEM_OUTSIDE_UNIT',
        message: `受理单位（${owner.unitName}）不是本机所属单位（${unit.name}），市平台未接收`,
      }
    : {
        code: 'ITEM_OUTSIDE_UNIT',
        message: `该事项由${owner.unitName}受理，本机（${unit.name}）无权办理，市平台未接收`,
      };
}
