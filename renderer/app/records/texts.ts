// User-visible text of the list of checks (核查记录): the records page and the dashboard's drill-down show it.
export const recordsTableTexts = {
  label: '核查记录列表',
  columns: {
    checkedAt: '核查时间',
    caseNumber: '办件编号',
    matter: '事项',
    subject: '主体',
    verdict: '结论',
    feedback: '反馈',
    flags: '标记',
    feedbackAndDelivery: '反馈与报送',
  },
  notFound: '未查到',
  feedback: {
    superseded: '见最新核查',
    open: (count: number): string => `待反馈（${count}）`,
    done: '已反馈',
    none: '无需反馈',
  },
  flags: {
    stale: '数据过期',
    overridden: '人工确认代码',
    recheck: '重新核查',
    superseded: '已被重新核查',
    externalQueryOpen: '待外部查询',
  },
  /** Whether the feedback reached the provincial 联合奖惩 system (the platform forwards it). */
  delivery: {
    none: '—',
    deliveredAt: (at: string): string => `已于 ${at} 报送省联合奖惩系统`,
    notice: (state: string): string => `反馈报送：${state}`,
    pendingHint: '。反馈经同步送达市平台后，由市平台报送省联合奖惩系统，下次同步时更新报送情况。',
    deadHint: '。市平台已停止重试，请联系市平台管理员处理。',
  },
  rowLabel: (caseNumber: string, subject: string): string => `打开核查记录：${caseNumber} ${subject}`,
} as const;
