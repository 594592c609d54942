// User-visible text of sign-in, lock and sign-out.
export const authTexts = {
  signInTitle: '登录',
  username: '用户名',
  password: '密码',
  submit: '登录',
  submitting: '正在登录…',
  offlineNotice: '离线登录：未连接市平台，使用本机保存的登录记录（须在上次联网登录后30天内）。',
  onlineNotice: '将在市平台验证用户名和密码。',
  loading: '正在读取登录状态…',
  lockedTitle: '已锁定',
  lockedDetail: (minutes: string): string => `长时间无操作（${minutes}），已锁定。请输入密码解锁。`,
  unlock: '解锁',
  unlocking: '正在解锁…',
  switchUser: '切换用户',
  signOut: '退出登录',
  user: (name: string, username: string): string => `${name}（${username}）`,
  offlineTag: '离线登录',
  offlineTagDetail: '未连接市平台，使用本机保存的登录记录登录。',
  offlineTagOnline: '离线登录 · 已联网',
  offlineTagOnlineDetail: '已重新连接市平台。本次是离线登录，退出后重新登录即改为联网登录。',
  demoAccounts:
    '演示账号：wangfang（窗口工作人员）、zhaomin（督导人员）、admin（管理员），密码均为 demo1234。仅供演示和培训。',
  notEnrolled: '本机尚未登记到市平台，联网登录前须先登记。',
  enrolToggle: '登记本机',
  enrolled: '本机已登记到市平台，现在可以用市平台的账号登录。',
  minutes: (ms: number): string =>
    ms >= 60_000 ? `${Math.round(ms / 60_000)}分钟` : `${Math.max(1, Math.round(ms / 1000))}秒`,
} as const;
