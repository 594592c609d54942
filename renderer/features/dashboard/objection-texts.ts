// User-visible text of the dashboard's list of objections at risk of their deadline (异议处理).
export const dashboardObjectionTexts = {
  title: '临近办理期限的异议申请',
  hint: '办理中的异议申请，距办理期限不足预警天数或已逾期（期限按规则表计算，尚待确认）',
  hintDays: (days: number): string =>
    `办理中的异议申请，距办理期限不超过 ${days} 个工作日或已逾期（期限按规则表计算，尚待确认）`,
  none: '没有临近期限或已逾期的异议申请',
  showAll: '在异议处理中查看',
} as const;
