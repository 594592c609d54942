// User-visible text of the app frame.
export const appTexts = {
  title: '信用核查工作台',
  navigationLabel: '主导航',
  nav: { check: '核查', records: '核查记录', sync: '同步', settings: '设置' },
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
  demoDataDetail: '本机缓存为程序自带的演示数据集，核查结论不能作为办件依据。',
  freshness: (time: string): string => `数据截至 ${time}`,
  freshnessStale: '（已过期）',
  freshnessNone: '本机尚无已同步的数据',
  operator: (name: string): string => `操作员：${name}`,
  infoError: (message: string): string => `无法读取程序信息：${message}`,
  catalogueError: (message: string): string => `无法读取事项目录：${message}`,
  version: (version: string): string => `版本 ${version}`,
  regionOption: (name: string, code: string, unconfirmed: boolean): string =>
    `${name}（${code}${unconfirmed ? '，代码待确认' : ''}）`,
} as const;
