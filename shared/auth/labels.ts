import { channelNames, channels, type Channel } from '../contract/channels';
import type { Role } from '../platform-api/api';

/** Who the people are, as the service hall calls them (DESIGN.md, "Who uses it"). */
export const roleLabels: Record<Role, string> = {
  clerk: '窗口工作人员',
  supervisor: '督导人员',
  admin: '管理员',
};

/** What each channel does, in the words of a refusal ("无权{action}"): each channel's entry says it. */
export const channelActions = Object.fromEntries(
  channelNames.map((channel) => [channel, channels[channel].action]),
) as Record<Channel, string>;

export const authMessages = {
  signInRequired: '请先登录',
  /** `无权修改本机设置（当前身份：窗口工作人员；须为：管理员）` */
  roleForbidden: (action: string, role: string, allowed: readonly string[]) =>
    `无权${action}（当前身份：${role}；须为：${allowed.join('或')}）`,
} as const;
