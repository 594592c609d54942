import type { Channel } from '../contract/channels';
import type { Role } from '../platform-api/api';

/** Who the people are, as the service hall calls them (DESIGN.md, "Who uses it"). */
export const roleLabels: Record<Role, string> = {
  clerk: '窗口工作人员',
  supervisor: '督导人员',
  admin: '管理员',
};

/**
 * What each channel does, in the words of a refusal ("无权{action}"). A Record over Channel: a new channel in
 * the contract does not compile until it has its words here and its roles in roles.ts.
 */
export const channelActions: Record<Channel, string> = {
  'app:info': '查看本机信息',
  'app:connectivity': '查看联网状态',
  'auth:status': '查看登录状态',
  'auth:sign-in': '登录',
  'auth:unlock': '解锁',
  'auth:sign-out': '退出登录',
  'auth:enrol': '首次登记本机',
  'auth:touch': '保持登录',
  'settings:update': '修改本机设置',
  'catalogue:get': '查看事项目录',
  'subjects:search': '查询主体',
  'check:run': '进行信用核查',
  'check:feedback': '填写核查反馈',
  'check:list': '查看核查记录',
  'check:get': '查看核查记录',
  'check:external-query': '留存外部查询结果',
  'sync:status': '查看同步状态',
  'sync:run': '与市平台同步',
  'sync:enrol': '将本机登记到市平台',
  'reviews:list': '查看需复核的核查',
  'reviews:acknowledge': '确认复核',
  'commitments:prepare': '办理信用承诺',
  'commitments:create': '登记信用承诺',
  'commitments:verify': '核查信用承诺',
  'commitments:list': '查看信用承诺',
  'commitments:get': '查看信用承诺',
  'repairs:candidates': '查看可修复的信用记录',
  'repairs:create': '受理信用修复申请',
  'repairs:step': '办理信用修复申请',
  'repairs:list': '查看信用修复申请',
  'repairs:get': '查看信用修复申请',
  'files:add': '上传材料',
  'files:get': '查看材料',
  'audit:list': '查看审计日志',
  'audit:export': '导出审计日志',
  'audit:chain': '查看审计日志校验状态',
  'inspections:pool': '查看双随机抽查对象',
  'inspections:draw': '进行双随机抽取',
  'inspections:list': '查看双随机抽查记录',
  'inspections:get': '查看双随机抽查记录',
  'inspections:export': '导出随机抽取名单',
  'inspections:results': '查看抽查检查结果',
  'inspections:record-result': '录入抽查检查结果',
  'inspections:export-results': '导出抽查结果公示',
  'reports:issue': '出具信用报告',
  'reports:get': '查看信用报告',
  'reports:list': '查看信用报告',
  'reports:printed': '打印信用报告',
  'reports:pdf': '导出信用报告',
  'reports:print': '打印信用报告',
  'dashboard:get': '查看合规看板',
  'dashboard:rows': '查看合规看板',
  'dashboard:export': '导出合规看板',
};

export const authMessages = {
  signInRequired: '请先登录',
  /** `无权修改本机设置（当前身份：窗口工作人员；须为：管理员）` */
  roleForbidden: (action: string, role: string, allowed: readonly string[]) =>
    `无权${action}（当前身份：${role}；须为：${allowed.join('或')}）`,
} as const;
