// User-visible text of the app frame.
export const appTexts = {
  title: '信用核查工作台',
  navigationLabel: '主导航',
  nav: {
    check: '核查',
    records: '核查记录',
    commitments: '信用承诺',
    repairs: '信用修复',
    sync: '同步',
    settings: '设置',
    reports: '信用报告',
    dashboard: '合规看板',
    audit: '审计日志',
    inspections: '双随机抽查',
  },
  /** On 同步 in the navigation: how many checks are flagged 需复核. */
  reviewsBadge: (count: number): string => `${count} 条核查需复核`,
  /** The heading above the supervisor's pages in the navigation. */
  supervisorSection: '督导',
  connectivity: {
    'no-platform': '离线 · 未连接市平台',
    offline: '离线',
    online: '在线',
    serviceDown: '本机服务未连接',
    unknown: '正在连接…',
    syncing: '同步中',
    openSync: '点击查看同步',
    label: '连接状态',
    platform: (url: string): string => `市平台：${url}`,
    checkedAt: (time: string): string => `最近检测：${time}`,
  },
  demoData: '当前为演示数据',
  demoDataDetail: '本机数据为程序自带的演示数据集，核查结论不能作为办件依据。',
  freshness: (time: string): string => `数据截至 ${time}`,
  freshnessStale: '（已过期）',
  freshnessNone: '本机尚无已同步的数据',
  infoError: (message: string): string => `无法读取程序信息：${message}`,
  catalogueError: (message: string): string => `无法读取事项目录：${message}`,
  version: (version: string): string => `版本 ${version}`,
  regionOption: (name: string, code: string, unconfirmed: boolean): string =>
    `${name}（${code}${unconfirmed ? '，代码待确认' : ''}）`,
} as const;
